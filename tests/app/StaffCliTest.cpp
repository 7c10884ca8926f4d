// The kiosk's staff from the command line, as an operator sets up an appliance: the PIN from standard input
// (never the command line), the list, deactivation, and every bad value refused with its reason.
#include "ApplianceRun.h"
#include "TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>

namespace {

using wh::test::Run;

// The appliance with `input` on its standard input (the PIN).
Run appliance(const QStringList& arguments, const QByteArray& input = {})
{
    return wh::test::appliance(arguments, 60'000, input);
}

} // namespace

TEST_CASE("staff are added with the PIN from standard input, listed and deactivated", "[app][cli][staff]")
{
    QTemporaryDir dir;
    const QStringList data{QStringLiteral("--data-dir"), dir.path()};
    // A new store: the demo seeds its merchants and its staff.
    REQUIRE(appliance(QStringList{QStringLiteral("run"), QStringLiteral("--headless"), QStringLiteral("--exit-after"),
                                  QStringLiteral("1")} +
                      data)
                .exitCode == 0);
    const Run demo = appliance(QStringList{QStringLiteral("staff"), QStringLiteral("list")} + data);
    CHECK(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("9001  Sam Supervisor  supervisor  merchants acme,globex  badge BADGE-9001")));

    const Run added = appliance(QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("5001"),
                                            QStringLiteral("--name"), QStringLiteral("Kim Packer"),
                                            QStringLiteral("--role"), QStringLiteral("packer"),
                                            QStringLiteral("--tenant"), QStringLiteral("globex"),
                                            QStringLiteral("--badge"), QStringLiteral("B-5001")} +
                                    data,
                                "246810\n");
    CHECK(added.exitCode == 0);
    CHECK(added.out.trimmed() == QStringLiteral("Staff 5001 (Kim Packer, packer) may log in for globex."));
    CHECK_FALSE(added.out.contains(QStringLiteral("246810")));

    const Run off = appliance(QStringList{QStringLiteral("staff"), QStringLiteral("deactivate"), QStringLiteral("5001")} +
                              data);
    CHECK(off.exitCode == 0);
    const Run list = appliance(QStringList{QStringLiteral("staff"), QStringLiteral("list")} + data);
    CHECK(list.out.contains(QStringLiteral("5001  Kim Packer  packer  merchants globex  badge B-5001  inactive")));

    // The hash is in the file, the PIN is not.
    QFile file(dir.filePath(QStringLiteral("warehouse.db")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK_FALSE(bytes.contains("246810"));
}

TEST_CASE("bad staff values are refused with their reason", "[app][cli][staff]")
{
    QTemporaryDir dir;
    const QStringList data{QStringLiteral("--data-dir"), dir.path()};
    REQUIRE(appliance(QStringList{QStringLiteral("run"), QStringLiteral("--headless"), QStringLiteral("--exit-after"),
                                  QStringLiteral("1")} +
                      data)
                .exitCode == 0);
    const auto add = [&](const QString& role, const QString& tenant, const QByteArray& pin) {
        return appliance(QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("5002"),
                                     QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--role"), role,
                                     QStringLiteral("--tenant"), tenant} +
                             data,
                         pin);
    };
    const Run shortPin = add(QStringLiteral("picker"), QStringLiteral("acme"), "12\n");
    CHECK(shortPin.exitCode == 1);
    CHECK(shortPin.err.contains(QStringLiteral("A PIN is 4 to 12 digits.")));
    const Run role = add(QStringLiteral("boss"), QStringLiteral("acme"), "1234\n");
    CHECK(role.exitCode == 2);
    CHECK(role.err.contains(QStringLiteral("--role is picker, packer, receiver, counter, supervisor or admin")));
    const Run tenant = add(QStringLiteral("picker"), QStringLiteral("initech"), "1234\n");
    CHECK(tenant.exitCode == 1);
    CHECK(tenant.err.contains(QStringLiteral("initech")));
    const Run missing = appliance(QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("5003")} +
                                  data);
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("staff add needs --name")));
    const Run action = appliance(QStringList{QStringLiteral("staff"), QStringLiteral("fire"), QStringLiteral("1001")} +
                                 data);
    CHECK(action.exitCode == 2);
    const Run list = appliance(QStringList{QStringLiteral("staff"), QStringLiteral("list")} + data);
    CHECK_FALSE(list.out.contains(QStringLiteral("5002")));
}
