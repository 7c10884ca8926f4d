// libFuzzer target for scan decoding (built by tools/fuzz.sh --target gs1 with clang and the address and
// undefined-behaviour sanitizers). The input is one scan as a scanner would send it, read as UTF-8. Beyond
// "never crash": every scan ends as exactly one outcome with its reason, and whatever the decoder accepts as
// GS1 element strings must come back the same when written out again in the scanner's form (AI, value, GS
// after each variable-length value) and parsed a second time - so the decoder cannot accept what it would
// read differently, and every accepted value passes its AI's own check.
#include "Gs1.h"
#include "ScanDecoder.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace wh::devices;

namespace {

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "gs1 fuzz: %s\n", what);
        std::abort();
    }
}

// The elements in the form a scanner sends them after the AIM identifier.
QString scannerForm(const Gs1Elements& elements)
{
    QString out;
    for (qsizetype i = 0; i < elements.size(); ++i) {
        const Gs1AiSpec* spec = Gs1::lookupAi(elements[i].ai);
        require(spec != nullptr, "an accepted element has an AI the table does not know");
        out += elements[i].ai + elements[i].value;
        if (!spec->predefinedLength && i + 1 < elements.size())
            out += QChar(kGs);
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QDate today(2026, 11, 25);
    const QString scan = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    const ScanEvent event = ScanDecoder::decode(scan, today);
    require(event.ok() != event.refusal.has_value(), "a scan is neither accepted nor refused, or both");
    if (!event.ok()) {
        require(!event.reason.isEmpty(), "a refusal without a reason");
        require(event.elements.isEmpty(), "a refused scan carries elements");
        if (*event.refusal == ScanRefusal::InvalidGs1)
            require(event.gs1Error.has_value(), "an invalid GS1 refusal without its GS1 error");
    } else if (event.gs1) {
        require(!event.elements.isEmpty(), "an accepted GS1 scan without elements");
        for (const Gs1Element& element : event.elements) {
            const Gs1AiSpec* spec = Gs1::lookupAi(element.ai);
            require(spec != nullptr, "an accepted element has an unknown AI");
            Gs1Element checked;
            require(!Gs1::validateValue(*spec, element.ai, element.value, today, checked).has_value(),
                    "an accepted element fails its own AI's check");
        }
        require(!Gs1::checkCombination(event.elements).has_value(),
                "accepted elements break a rule between elements");
        const Gs1Message again = Gs1::parse(scannerForm(event.elements), today);
        require(again.ok(), "accepted elements do not parse when written out again");
        require(again.elements == event.elements, "accepted elements changed on the way round");
    }

    // The element-string parser on its own, fed the raw text (no AIM identifier handling in front).
    const Gs1Message direct = Gs1::parse(scan, today);
    require(direct.ok() || !direct.error->message.isEmpty(), "a GS1 error without a message");
    if (direct.ok() && !direct.elements.isEmpty()) {
        const Gs1Message again = Gs1::parse(scannerForm(direct.elements), today);
        require(again.ok() && again.elements == direct.elements, "a direct parse does not round-trip");
    }
    return 0;
}
