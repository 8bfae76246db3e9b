// nangdok_tablegen: turns one data/*.tsv file into a header with a constexpr std::array, at build
// time, so that the program reads no data file when it starts.
//
//   nangdok_tablegen --tsv FILE --out HEADER --namespace NS --name NAME
//                    --columns "name:kind ..." [--type ELEMENT] [--include HEADER]...
//
// The TSV's first line must name exactly the columns given. Kinds: str (a UTF-8 string_view
// literal), u32 (a U"" literal), char (one code point, U''), int, and - (a column for people, not
// compiled). A kind ending in ? may be empty; trailing empty cells are left to the element type's
// defaults. One column and no --type makes an array of that column's C++ type.
//
// Every mistake in the file fails the build with FILE:LINE and what is wrong.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct Column {
    std::string name;
    std::string kind;  // str, u32, char, int, -
    bool optional = false;
};

struct Options {
    std::string tsv, out, name_space, name, type;
    std::vector<Column> columns;
    std::vector<std::string> includes;
};

struct DataError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, separator)) parts.push_back(part);
    if (!text.empty() && text.back() == separator) parts.emplace_back();
    return parts;
}

std::vector<Column> parse_columns(const std::string& spec) {
    std::vector<Column> columns;
    std::istringstream in(spec);
    std::string item;
    while (in >> item) {
        const auto colon = item.find(':');
        if (colon == std::string::npos) throw std::invalid_argument("column without a kind: " + item);
        Column c{item.substr(0, colon), item.substr(colon + 1)};
        if (c.kind.ends_with('?')) {
            c.optional = true;
            c.kind.pop_back();
        }
        if (c.kind != "str" && c.kind != "u32" && c.kind != "char" && c.kind != "int" && c.kind != "-")
            throw std::invalid_argument("unknown column kind: " + c.kind);
        columns.push_back(c);
    }
    return columns;
}

Options parse_options(int argc, char** argv) {
    Options o;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string key = argv[i], value = argv[i + 1];
        if (key == "--tsv") o.tsv = value;
        else if (key == "--out") o.out = value;
        else if (key == "--namespace") o.name_space = value;
        else if (key == "--name") o.name = value;
        else if (key == "--type") o.type = value;
        else if (key == "--columns") o.columns = parse_columns(value);
        else if (key == "--include") o.includes.push_back(value);
        else throw std::invalid_argument("unknown option " + key);
    }
    if (o.tsv.empty() || o.out.empty() || o.name_space.empty() || o.name.empty() || o.columns.empty())
        throw std::invalid_argument("--tsv, --out, --namespace, --name and --columns are required");
    return o;
}

// Number of code points in valid UTF-8, or -1.
long utf8_length(const std::string& s) {
    long count = 0;
    for (std::size_t i = 0; i < s.size();) {
        const auto byte = static_cast<unsigned char>(s[i]);
        const int length = byte < 0x80 ? 1 : (byte >> 5) == 6 ? 2 : (byte >> 4) == 14 ? 3 : (byte >> 3) == 30 ? 4 : 0;
        if (length == 0 || i + length > s.size()) return -1;
        for (int k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return -1;
        i += length;
        ++count;
    }
    return count;
}

std::string escaped(const std::string& value, char quote) {
    std::string out;
    for (char c : value) {
        if (c == '\\' || c == quote) out += '\\';
        out += c;
    }
    return out;
}

std::string literal(const Column& column, const std::string& value) {
    if (column.kind == "str") return "\"" + escaped(value, '"') + "\"";
    if (column.kind == "u32") return "U\"" + escaped(value, '"') + "\"";
    if (column.kind == "char") {
        if (utf8_length(value) != 1) throw DataError("column '" + column.name + "' takes exactly one character");
        return "U'" + escaped(value, '\'') + "'";
    }
    std::size_t used = 0;
    try {
        (void)std::stol(value, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != value.size() || value.empty()) throw DataError("column '" + column.name + "' takes a whole number");
    return value;
}

std::string cpp_type(const Column& column) {
    if (column.kind == "str") return "std::string_view";
    if (column.kind == "u32") return "std::u32string_view";
    if (column.kind == "char") return "char32_t";
    return "int";
}

std::string element(const Options& o, const std::vector<std::string>& cells) {
    std::vector<std::string> values;
    for (std::size_t c = 0; c < o.columns.size(); ++c) {
        const Column& column = o.columns[c];
        if (column.kind == "-") continue;
        const std::string cell = c < cells.size() ? cells[c] : std::string{};
        if (cell.empty() && !column.optional) throw DataError("column '" + column.name + "' is empty");
        values.push_back(cell.empty() ? "{}" : literal(column, cell));
    }
    while (!values.empty() && values.back() == "{}") values.pop_back();
    if (o.type.empty()) return values.at(0);
    std::string out = "{";
    for (std::size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + values[i];
    return out + "}";
}

std::string generate(const Options& o) {
    std::ifstream in(o.tsv, std::ios::binary);
    if (!in) throw DataError("cannot read the file");
    std::string header_names;
    for (const Column& c : o.columns) header_names += (header_names.empty() ? "" : "\t") + c.name;

    std::vector<std::string> elements;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        try {
            if (line.ends_with('\r')) throw DataError("Windows line end (CR LF); save it with LF");
            if (utf8_length(line) < 0) throw DataError("not UTF-8");
            if (number == 1) {
                if (line != header_names) throw DataError("the header must be '" + header_names + "'");
                continue;
            }
            if (line.empty()) throw DataError("empty line");
            const auto cells = split(line, '\t');
            if (cells.size() > o.columns.size())
                throw DataError(std::to_string(cells.size()) + " cells, the header names " +
                                std::to_string(o.columns.size()));
            for (std::size_t c = 0; c < cells.size(); ++c)
                if (!cells[c].empty() && (cells[c].front() == ' ' || cells[c].back() == ' '))
                    throw DataError("a space at the edge of column '" + o.columns[c].name + "'");
            elements.push_back(element(o, cells));
        } catch (const DataError& e) {
            throw DataError(std::to_string(number) + ": " + e.what());
        }
    }
    if (elements.empty()) throw DataError("no rows");

    const Column* only = nullptr;
    for (const Column& c : o.columns)
        if (c.kind != "-") only = only ? nullptr : &c;
    if (o.type.empty() && !only) throw DataError("several compiled columns need --type");
    const std::string type = o.type.empty() ? cpp_type(*only) : o.type;

    std::ostringstream out;
    out << "// Generated from " << o.tsv << " by nangdok_tablegen: edit the TSV file, not this one.\n"
        << "#pragma once\n\n#include <array>\n#include <string_view>\n";
    for (const auto& include : o.includes) out << "#include \"" << include << "\"\n";
    out << "\nnamespace " << o.name_space << " {\n\n"
        << "inline constexpr std::array<" << type << ", " << elements.size() << "> " << o.name << "{{\n";
    for (const auto& e : elements) out << "    " << e << ",\n";
    out << "}};\n\n}  // namespace " << o.name_space << "\n";
    return out.str();
}

}  // namespace

int main(int argc, char** argv) {
    Options options;
    try {
        options = parse_options(argc, argv);
    } catch (const std::exception& e) {
        std::cerr << "nangdok_tablegen: " << e.what() << "\n";
        return 2;
    }
    try {
        const std::string text = generate(options);
        // Rewritten only when different, so that an unchanged table recompiles nothing.
        std::ifstream old(options.out, std::ios::binary);
        std::ostringstream previous;
        previous << old.rdbuf();
        if (previous.str() != text) {
            std::ofstream out(options.out, std::ios::binary | std::ios::trunc);
            out << text;
            if (!out) throw DataError("cannot write " + options.out);
        }
    } catch (const DataError& e) {
        std::cerr << options.tsv << ":" << e.what() << "\n";
        return 1;
    }
    return 0;
}
