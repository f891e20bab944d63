// SPDX-License-Identifier: GPL-3.0-or-later
// backup, restore, check: keeping the diary file safe from the command line.
#include "backup.hpp"
#include "cli.hpp"

#include <ostream>

namespace cramp::cli {

int cmd_backup(const Options& o, Context& ctx) {
    if (o.positionals.size() > 1) {
        ctx.err << ctx.program << " backup: give at most one PATH\n";
        return kBadInput;
    }
    auto diary = ctx.open_diary(Context::Access::read_only);
    if (!diary) return kFailed;
    auto dest = o.positionals.empty() ? backup_now(*diary, backup_folder_for(ctx.db))
                                      : backup_to_file(*diary, o.positionals.front());
    if (!dest) {
        ctx.err << ctx.program << " backup: " << dest.error() << "\n";
        return kFailed;
    }
    ctx.out << "backed up " << diary->episode_count() << " episodes to " << dest->string() << "\n";
    return kOk;
}

int cmd_restore(const Options& o, Context& ctx) {
    if (o.positionals.size() != 1) {
        ctx.err << ctx.program << " restore: give the PATH of the backup to restore\n";
        return kBadInput;
    }
    auto kept = restore_backup(o.positionals.front(), ctx.db, ctx.clock());
    if (!kept) {
        ctx.err << ctx.program << " restore: " << kept.error() << "\n";
        return kFailed;
    }
    ctx.out << "restored " << o.positionals.front() << " as " << ctx.db.string() << "\n";
    if (!kept->empty()) ctx.out << "the replaced diary is kept as " << kept->string() << "\n";
    return kOk;
}

int cmd_check(const Options&, Context& ctx) {
    auto diary = ctx.open_diary(Context::Access::read_only);
    if (!diary) return kFailed;
    auto result = diary->integrity_check();
    ctx.out << result << "\n";
    return result == "ok" ? kOk : kFailed;
}

}  // namespace cramp::cli
