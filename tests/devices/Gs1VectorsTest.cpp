// Every vector of tests/data/gs1-vectors.tsv (the shared GS1 scans with their expected parse or error),
// checked exactly: the element strings in scan order, or the error category and the AI at fault.
#include "DevicesTestSupport.h"

#include <QFile>
#include <QTextStream>

using namespace wh::devices;
using namespace wh::devices::test;

TEST_CASE("every shared GS1 vector decodes to exactly its expected result", "[gs1][vectors]")
{
    QFile file(QStringLiteral(WH_TESTDATA_DIR "/gs1-vectors.tsv"));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QTextStream in(&file);
    int vectors = 0;
    bool header = true;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        REQUIRE(fields.size() == 4);
        if (header) {
            CHECK(fields == QStringList{QStringLiteral("id"), QStringLiteral("scan"),
                                        QStringLiteral("expect"), QStringLiteral("detail")});
            header = false;
            continue;
        }
        INFO("vector " << fields[0].toStdString() << ": " << fields[1].toStdString());
        const ScanEvent event = decode(fields[1]);
        REQUIRE((fields[2] == QLatin1String("ok") || fields[2] == QLatin1String("error")));
        if (fields[2] == QLatin1String("ok")) {
            CHECK(event.ok());
            CHECK(event.gs1);
        } else {
            CHECK_FALSE(event.ok());
            CHECK(event.gs1Error.has_value());
        }
        CHECK(outcome(event) == fields[3]);
        ++vectors;
    }
    // The file held 19 vectors when this test was written; fewer means it was cut or misread.
    CHECK(vectors >= 19);
}
