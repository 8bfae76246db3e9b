// Where the listener stopped each article, so that `read --resume` continues there.
//
// One small file per article, named by a hash of the article's content (its cleaned paragraphs),
// in $XDG_STATE_HOME/nangdok/ or ~/.local/state/nangdok/, created on demand. A missing, corrupt
// or unreadable file means "no position": resuming is a convenience and must never stop playback.
// Writes go to a temporary file renamed into place, so a crash never leaves half a file.
#pragma once

#include <optional>
#include <string>

#include "core/article.hpp"

namespace nangdok::listen {

// FNV-1a 64 of the paragraphs, joined with newlines, as 16 hex digits.
std::string article_key(const Article& article);

// $XDG_STATE_HOME/nangdok when XDG_STATE_HOME is set to an absolute path, else
// $HOME/.local/state/nangdok; empty when neither can be determined.
std::string default_state_dir();

class ResumeStore {
public:
    ResumeStore(std::string dir, std::string key);

    // The 1-based sentence saved for this article, or nullopt when there is none or it is unusable.
    std::optional<int> load() const;

    // Saves `sentence`; returns false (and stays silent) when the state cannot be written.
    bool save(int sentence) const;

    // Why positions cannot be kept (the state folder cannot be made, e.g. XDG_STATE_HOME names a
    // file), or empty when they can. Makes the folder.
    std::string problem() const;

    // Forgets the article (it was heard to the end). Returns false when a file stayed behind.
    bool clear() const;

    const std::string& path() const { return path_; }

private:
    std::string dir_;
    std::string path_;
};

}  // namespace nangdok::listen
