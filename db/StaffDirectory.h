#pragma once

// Who may log in at this appliance's kiosk: staff number, name, role, the merchants they work for, a badge
// code and a PIN. The PIN is never stored: only its Argon2id hash (libsodium's crypto_pwhash_str, which keeps
// the salt and the cost in the string). Wrong PINs are counted per member; the fifth in a row locks the member
// (PIN and badge) for a while. Staff are the appliance's own configuration, not stock history: they are not in
// the event log and never leave the box.

#include "Actor.h"
#include "Clock.h"
#include "Result.h"
#include "User.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace wh::db {

class Connection;

struct StaffMember
{
    User user; // id (the staff number), name, role, tenants
    QString badge;
    int failedAttempts = 0;
    std::int64_t lockedUntilMs = 0;
    bool active = true;
};

struct StaffPolicy
{
    int maxAttempts = 5;               // wrong PINs in a row before the lock
    std::int64_t lockMs = 5 * 60'000;  // how long the lock lasts
    int minPinLength = 4;
    int maxPinLength = 12;
    // Argon2id's cost. The defaults are libsodium's "interactive" level (about 64 MiB and a few tenths of a
    // second on a small box); tests lower them to libsodium's minimum.
    std::uint64_t opsLimit = 0; // 0: crypto_pwhash_OPSLIMIT_INTERACTIVE
    std::size_t memLimit = 0;   // 0: crypto_pwhash_MEMLIMIT_INTERACTIVE
};

class StaffDirectory
{
public:
    StaffDirectory(Connection& connection, const Clock& clock, StaffPolicy policy = {});

    // Adds or replaces a member; the PIN is hashed here. A PIN of the wrong length or not all digits, an
    // unknown role, no merchant, or a badge another member carries is refused.
    Status save(const User& user, const QString& pin, const QString& badge = {});
    Status setActive(const QString& userId, bool active);
    Result<QList<StaffMember>> members();
    Result<StaffMember> member(const QString& userId);

    // Login by staff number and PIN. A wrong PIN counts against the member and says how many tries are left;
    // a locked member is refused with the time the lock ends, whatever the PIN.
    Result<User> loginWithPin(const QString& userId, const QString& pin);
    // Login by badge scan: the badge is the credential. A locked member's badge is refused too.
    Result<User> loginWithBadge(const QString& badge);
    // A supervisor's approval on someone else's screen (PIN or badge), as the kiosk's override dialogs ask.
    // Counts wrong PINs as a login does.
    Result<Approval> approve(const QString& userIdOrBadge, const QString& pin);

    // A fresh hash of `pin` (exposed for tests: two hashes of the same PIN differ).
    Result<QString> hashPin(const QString& pin) const;

private:
    Result<StaffMember> find(const char* sql, const QString& key);
    Result<User> checkPin(const StaffMember& member, const QString& pin);
    Status checkUsable(const StaffMember& member) const;
    Status recordFailure(const StaffMember& member, int failures, std::int64_t lockedUntilMs);

    Connection& m_connection;
    const Clock& m_clock;
    StaffPolicy m_policy;
};

} // namespace wh::db
