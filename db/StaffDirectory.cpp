#include "StaffDirectory.h"

#include "Permissions.h"
#include "Sqlite.h"

#include <sodium.h>

#include <QDateTime>

#include <algorithm>
#include <array>

namespace wh::db {

namespace {

// The connection caches statements by the address of their text: every query here is a literal.
#define WH_STAFF_COLUMNS "user_id, name, role, tenants, badge, failed_attempts, locked_until, active"
constexpr const char* kByUserId = "SELECT " WH_STAFF_COLUMNS " FROM staff WHERE user_id = ?1";
constexpr const char* kByBadge = "SELECT " WH_STAFF_COLUMNS " FROM staff WHERE badge = ?1";
#undef WH_STAFF_COLUMNS

bool allDigits(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

QString lockEnd(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("HH:mm"));
}

} // namespace

StaffDirectory::StaffDirectory(Connection& connection, const Clock& clock, StaffPolicy policy)
    : m_connection(connection)
    , m_clock(clock)
    , m_policy(policy)
{
    // Safe to call from any thread, any number of times; it only fails when the system has no entropy source.
    if (sodium_init() < 0)
        qFatal("libsodium could not initialise");
    if (m_policy.opsLimit == 0)
        m_policy.opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    if (m_policy.memLimit == 0)
        m_policy.memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

Result<QString> StaffDirectory::hashPin(const QString& pin) const
{
    if (!allDigits(pin) || pin.size() < m_policy.minPinLength || pin.size() > m_policy.maxPinLength)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "A PIN is %1 to %2 digits."),
                         {QString::number(m_policy.minPinLength), QString::number(m_policy.maxPinLength)});
    const QByteArray utf8 = pin.toUtf8();
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str_alg(out.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              m_policy.opsLimit, m_policy.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(
            ErrorCode::StorageError,
            QT_TRANSLATE_NOOP("wh::Refusal", "The PIN could not be hashed: not enough memory for Argon2id."));
    return QString::fromLatin1(out.data());
}

Status StaffDirectory::save(const User& user, const QString& pin, const QString& badge)
{
    if (user.id.trimmed().isEmpty() || user.id.size() > 32)
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "A staff number is 1 to 32 characters."));
    if (user.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Staff %1 needs a name."), {user.id});
    if (user.role == Role::System)
        return makeError(
            ErrorCode::InvalidArgument,
            QT_TRANSLATE_NOOP("wh::Refusal", "The system role belongs to the appliance, not to a person."));
    if (user.tenantIds.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Staff %1 must work for at least one merchant."),
                         {user.id});
    for (const QString& tenant : user.tenantIds)
        if (tenant.isEmpty() || tenant.contains(QLatin1Char(',')))
            return makeError(ErrorCode::InvalidArgument,
                             QT_TRANSLATE_NOOP("wh::Refusal", "A merchant id may not be empty or "
                                                              "hold a comma."));
    auto hash = hashPin(pin);
    if (!hash)
        return hash.error();
    if (!badge.isEmpty()) {
        auto holder = find(kByBadge, badge);
        if (holder && holder->user.id != user.id)
            return makeError(ErrorCode::AlreadyExists,
                             QT_TRANSLATE_NOOP("wh::Refusal", "Badge %1 belongs to staff %2 already."),
                             {badge, holder->user.id});
    }
    Statement s = m_connection.prepare(
        "INSERT INTO staff (user_id, name, role, tenants, badge, pin_hash, failed_attempts, locked_until, active) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, 0, 1) ON CONFLICT (user_id) DO UPDATE SET name = excluded.name, "
        "role = excluded.role, tenants = excluded.tenants, badge = excluded.badge, pin_hash = excluded.pin_hash, "
        "failed_attempts = 0, locked_until = 0, active = 1");
    s.bind(1, user.id).bind(2, user.name).bind(3, roleName(user.role));
    s.bind(4, user.tenantIds.join(QLatin1Char(','))).bind(5, badge).bind(6, *hash);
    return s.exec();
}

Status StaffDirectory::setActive(const QString& userId, bool active)
{
    Statement s = m_connection.prepare("UPDATE staff SET active = ?2 WHERE user_id = ?1");
    s.bind(1, userId).bind(2, active ? 1 : 0);
    if (auto status = s.exec(); !status)
        return status;
    if (m_connection.changes() == 0)
        return makeError(ErrorCode::UnknownUser,
                         QT_TRANSLATE_NOOP("wh::Refusal", "There is no staff %1 here."), {userId});
    return {};
}

Result<StaffMember> StaffDirectory::find(const char* sql, const QString& key)
{
    Statement s = m_connection.prepare(sql);
    s.bind(1, key);
    if (!s.next()) {
        if (auto error = m_connection.takeError())
            return *error;
        return makeError(ErrorCode::UnknownUser,
                         QT_TRANSLATE_NOOP("wh::Refusal", "No member of staff is known by %1 here."), {key});
    }
    StaffMember m;
    m.user.id = s.text(0);
    m.user.name = s.text(1);
    m.user.role = roleFromName(s.text(2)).value_or(Role::Picker);
    m.user.tenantIds = s.text(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
    m.badge = s.text(4);
    m.failedAttempts = int(s.int64(5));
    m.lockedUntilMs = s.int64(6);
    m.active = s.int64(7) != 0;
    return m;
}

Result<QList<StaffMember>> StaffDirectory::members()
{
    Statement s = m_connection.prepare("SELECT user_id FROM staff ORDER BY user_id");
    QStringList ids;
    while (s.next())
        ids.append(s.text(0));
    if (auto error = m_connection.takeError())
        return *error;
    QList<StaffMember> out;
    for (const QString& id : ids) {
        auto m = member(id);
        if (!m)
            return m.error();
        out.append(*m);
    }
    return out;
}

Result<StaffMember> StaffDirectory::member(const QString& userId)
{
    return find(kByUserId, userId);
}

Status StaffDirectory::checkUsable(const StaffMember& member) const
{
    if (!member.active)
        return makeError(
            ErrorCode::PermissionDenied,
            QT_TRANSLATE_NOOP("wh::Refusal", "Staff %1 is no longer active here. Ask a supervisor."),
            {member.user.id});
    if (member.lockedUntilMs > m_clock.now().toMSecsSinceEpoch())
        return makeError(
            ErrorCode::AccountLocked,
            QT_TRANSLATE_NOOP("wh::Refusal", "Too many wrong PINs: staff %1 is locked until %2."),
            {member.user.id, lockEnd(member.lockedUntilMs)});
    return {};
}

Status StaffDirectory::recordFailure(const StaffMember& member, int failures, std::int64_t lockedUntilMs)
{
    Statement s = m_connection.prepare("UPDATE staff SET failed_attempts = ?2, locked_until = ?3 WHERE user_id = ?1");
    s.bind(1, member.user.id).bind(2, failures).bind(3, lockedUntilMs);
    return s.exec();
}

Result<User> StaffDirectory::checkPin(const StaffMember& member, const QString& pin)
{
    if (auto usable = checkUsable(member); !usable)
        return usable.error();
    Statement s = m_connection.prepare("SELECT pin_hash FROM staff WHERE user_id = ?1");
    s.bind(1, member.user.id);
    if (!s.next())
        return m_connection.takeError().value_or(
            makeError(ErrorCode::UnknownUser, QT_TRANSLATE_NOOP("wh::Refusal", "There is no staff %1 here."),
                      {member.user.id}));
    const QByteArray hash = s.utf8(0);
    const QByteArray utf8 = pin.toUtf8();
    const bool ok = crypto_pwhash_str_verify(hash.constData(), utf8.constData(),
                                             static_cast<unsigned long long>(utf8.size())) == 0;
    if (ok) {
        if (member.failedAttempts != 0)
            if (auto reset = recordFailure(member, 0, 0); !reset)
                return reset.error();
        return member.user;
    }
    // A lock that ran out starts the count again.
    const int failures = (member.lockedUntilMs > 0 ? 0 : member.failedAttempts) + 1;
    if (failures >= m_policy.maxAttempts) {
        const std::int64_t until = m_clock.now().toMSecsSinceEpoch() + m_policy.lockMs;
        if (auto recorded = recordFailure(member, 0, until); !recorded)
            return recorded.error();
        return makeError(
            ErrorCode::AccountLocked,
            QT_TRANSLATE_NOOP("wh::Refusal", "Wrong PIN, %1 times: staff %2 is locked until %3."),
            {QString::number(m_policy.maxAttempts), member.user.id, lockEnd(until)});
    }
    if (auto recorded = recordFailure(member, failures, 0); !recorded)
        return recorded.error();
    const int left = m_policy.maxAttempts - failures;
    if (left == 1)
        return makeError(ErrorCode::WrongPin,
                         QT_TRANSLATE_NOOP("wh::Refusal", "Wrong PIN. One more try before the lock."));
    return makeError(ErrorCode::WrongPin, QT_TRANSLATE_NOOP("wh::Refusal", "Wrong PIN. %1 tries left."),
                     {QString::number(left)});
}

Result<User> StaffDirectory::loginWithPin(const QString& userId, const QString& pin)
{
    auto member = find(kByUserId, userId.trimmed());
    if (!member)
        return member.error();
    return checkPin(*member, pin);
}

Result<User> StaffDirectory::loginWithBadge(const QString& badge)
{
    if (badge.trimmed().isEmpty())
        return makeError(ErrorCode::UnknownUser,
                         QT_TRANSLATE_NOOP("wh::Refusal", "The badge scan was empty."));
    auto member = find(kByBadge, badge.trimmed());
    if (!member)
        return makeError(ErrorCode::UnknownUser,
                         QT_TRANSLATE_NOOP("wh::Refusal", "This badge is not registered here."));
    if (auto usable = checkUsable(*member); !usable)
        return usable.error();
    return member->user;
}

Result<Approval> StaffDirectory::approve(const QString& userIdOrBadge, const QString& pin)
{
    Result<User> user = pin.isEmpty() ? loginWithBadge(userIdOrBadge) : loginWithPin(userIdOrBadge, pin);
    if (!user)
        return user.error();
    if (user->role != Role::Supervisor && user->role != Role::Admin)
        return makeError(
            ErrorCode::PermissionDenied,
            QT_TRANSLATE_NOOP("wh::Refusal", "%1 is not a supervisor: only a supervisor may approve this."),
            {user->id});
    return Approval{user->id, user->role};
}

} // namespace wh::db
