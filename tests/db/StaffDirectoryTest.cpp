// The kiosk's staff on a real store file: PINs only as Argon2id hashes, wrong PINs counted down to a lock
// that also stops the badge, the lock running out, badge login, supervisors' approvals, and every bad input
// refused with its reason and nothing written.
#include "StaffDirectory.h"
#include "TestSupport.h"

#include "Sqlite.h"


using namespace wh;
using wh::test::StoreFixture;

namespace {


User user(const QString& id, Role role = Role::Picker, QStringList tenants = {QStringLiteral("acme")})
{
    return User{id, QStringLiteral("Person ") + id, role, std::move(tenants)};
}

QString pinHashOf(db::Store& store, const QString& id)
{
    db::Statement s = store.connection().prepare("SELECT pin_hash FROM staff WHERE user_id = ?1");
    s.bind(1, id);
    return s.next() ? s.text(0) : QString();
}

} // namespace

TEST_CASE("staff log in with their number and PIN - the PIN is kept only as an Argon2id hash", "[db][staff]")
{
    StoreFixture f;
    db::StaffDirectory staff(f.store().connection(), f.clock(), test::fastStaffPolicy());
    WH_REQUIRE_OK(staff.save(user(QStringLiteral("1001"), Role::Picker,
                                  {QStringLiteral("acme"), QStringLiteral("globex")}),
                             QStringLiteral("4711"), QStringLiteral("BADGE-1001")));

    auto in = staff.loginWithPin(QStringLiteral("1001"), QStringLiteral("4711"));
    WH_REQUIRE_OK(in);
    CHECK(in->id == QStringLiteral("1001"));
    CHECK(in->role == Role::Picker);
    CHECK(in->tenantIds == QStringList{QStringLiteral("acme"), QStringLiteral("globex")});

    const QString hash = pinHashOf(f.store(), QStringLiteral("1001"));
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(QStringLiteral("4711")));
    // Salted: the same PIN hashes differently every time.
    CHECK(*staff.hashPin(QStringLiteral("4711")) != *staff.hashPin(QStringLiteral("4711")));

    auto unknown = staff.loginWithPin(QStringLiteral("9999"), QStringLiteral("4711"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().code == ErrorCode::UnknownUser);
}

TEST_CASE("wrong PINs count down to a lock that stops PIN and badge until it runs out", "[db][staff]")
{
    StoreFixture f;
    db::StaffDirectory staff(f.store().connection(), f.clock(), test::fastStaffPolicy());
    WH_REQUIRE_OK(staff.save(user(QStringLiteral("1001")), QStringLiteral("4711"), QStringLiteral("BADGE-1001")));

    for (int left = 4; left >= 2; --left) {
        auto wrong = staff.loginWithPin(QStringLiteral("1001"), QStringLiteral("0000"));
        REQUIRE_FALSE(wrong);
        CHECK(wrong.error().code == ErrorCode::WrongPin);
        CHECK(wrong.error().message == QStringLiteral("Wrong PIN. %1 tries left.").arg(left));
    }
    auto lastTry = staff.loginWithPin(QStringLiteral("1001"), QStringLiteral("0000"));
    CHECK(lastTry.error().message == QStringLiteral("Wrong PIN. One more try before the lock."));
    auto locking = staff.loginWithPin(QStringLiteral("1001"), QStringLiteral("0000"));
    REQUIRE_FALSE(locking);
    CHECK(locking.error().code == ErrorCode::AccountLocked);
    CHECK(locking.error().message.startsWith(QStringLiteral("Wrong PIN, 5 times: staff 1001 is locked until ")));

    // Locked: the right PIN and the badge are refused too.
    auto right = staff.loginWithPin(QStringLiteral("1001"), QStringLiteral("4711"));
    REQUIRE_FALSE(right);
    CHECK(right.error().code == ErrorCode::AccountLocked);
    auto badge = staff.loginWithBadge(QStringLiteral("BADGE-1001"));
    REQUIRE_FALSE(badge);
    CHECK(badge.error().code == ErrorCode::AccountLocked);

    // Five minutes on, the lock has run out and the count starts again.
    f.clock().advanceMs(5 * 60'000 + 1);
    auto wrongAgain = staff.loginWithPin(QStringLiteral("1001"), QStringLiteral("0000"));
    CHECK(wrongAgain.error().message == QStringLiteral("Wrong PIN. 4 tries left."));
    WH_REQUIRE_OK(staff.loginWithPin(QStringLiteral("1001"), QStringLiteral("4711")));
    CHECK(staff.member(QStringLiteral("1001"))->failedAttempts == 0);
    WH_REQUIRE_OK(staff.loginWithBadge(QStringLiteral("BADGE-1001")));
}

TEST_CASE("a badge logs its holder in - an unknown badge or an inactive member is refused", "[db][staff]")
{
    StoreFixture f;
    db::StaffDirectory staff(f.store().connection(), f.clock(), test::fastStaffPolicy());
    WH_REQUIRE_OK(staff.save(user(QStringLiteral("2001"), Role::Packer), QStringLiteral("123456"),
                             QStringLiteral("BADGE-2001")));
    auto in = staff.loginWithBadge(QStringLiteral(" BADGE-2001 "));
    WH_REQUIRE_OK(in);
    CHECK(in->id == QStringLiteral("2001"));

    auto unknown = staff.loginWithBadge(QStringLiteral("BADGE-4242"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message == QStringLiteral("This badge is not registered here."));

    WH_REQUIRE_OK(staff.setActive(QStringLiteral("2001"), false));
    auto inactive = staff.loginWithBadge(QStringLiteral("BADGE-2001"));
    REQUIRE_FALSE(inactive);
    CHECK(inactive.error().code == ErrorCode::PermissionDenied);
    CHECK(staff.setActive(QStringLiteral("nobody"), true).error().code == ErrorCode::UnknownUser);
}

TEST_CASE("only a supervisor approves an override, by PIN or badge", "[db][staff]")
{
    StoreFixture f;
    db::StaffDirectory staff(f.store().connection(), f.clock(), test::fastStaffPolicy());
    WH_REQUIRE_OK(staff.save(user(QStringLiteral("1001")), QStringLiteral("4711")));
    WH_REQUIRE_OK(staff.save(user(QStringLiteral("9001"), Role::Supervisor), QStringLiteral("9999"),
                             QStringLiteral("BADGE-9001")));

    auto byPin = staff.approve(QStringLiteral("9001"), QStringLiteral("9999"));
    WH_REQUIRE_OK(byPin);
    CHECK(byPin->userId == QStringLiteral("9001"));
    CHECK(byPin->role == Role::Supervisor);
    WH_REQUIRE_OK(staff.approve(QStringLiteral("BADGE-9001"), QString()));

    auto picker = staff.approve(QStringLiteral("1001"), QStringLiteral("4711"));
    REQUIRE_FALSE(picker);
    CHECK(picker.error().code == ErrorCode::PermissionDenied);
    auto wrong = staff.approve(QStringLiteral("9001"), QStringLiteral("1111"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::WrongPin);
}

TEST_CASE("bad staff records are refused with their reason and write nothing", "[db][staff]")
{
    StoreFixture f;
    db::StaffDirectory staff(f.store().connection(), f.clock(), test::fastStaffPolicy());
    WH_REQUIRE_OK(staff.save(user(QStringLiteral("1001")), QStringLiteral("4711"), QStringLiteral("BADGE-1")));

    const auto refused = [&](const User& u, const QString& pin, const QString& badge, const QString& message) {
        auto status = staff.save(u, pin, badge);
        REQUIRE_FALSE(status);
        CHECK(status.error().message == message);
    };
    refused(user(QStringLiteral("1002")), QStringLiteral("12"), {}, QStringLiteral("A PIN is 4 to 12 digits."));
    refused(user(QStringLiteral("1002")), QStringLiteral("12ab"), {}, QStringLiteral("A PIN is 4 to 12 digits."));
    refused(user(QStringLiteral("1002"), Role::System), QStringLiteral("1234"), {},
            QStringLiteral("The system role belongs to the appliance, not to a person."));
    refused(user(QStringLiteral("1002"), Role::Picker, {}), QStringLiteral("1234"), {},
            QStringLiteral("Staff 1002 must work for at least one merchant."));
    refused(user(QStringLiteral("1002")), QStringLiteral("1234"), QStringLiteral("BADGE-1"),
            QStringLiteral("Badge BADGE-1 belongs to staff 1001 already."));
    refused(User{QStringLiteral("1002"), QString(), Role::Picker, {QStringLiteral("acme")}}, QStringLiteral("1234"),
            {}, QStringLiteral("Staff 1002 needs a name."));

    auto all = staff.members();
    WH_REQUIRE_OK(all);
    REQUIRE(all->size() == 1);
    CHECK(all->front().user.id == QStringLiteral("1001"));
}
