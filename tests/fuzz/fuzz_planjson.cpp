// Fuzz target of the JSON plan reader: any bytes read as a plan or are refused in words, and a
// plan that reads writes JSON that reads back to an equal plan, written again byte for byte.
#include "exchange/planjson.h"
#include "fuzztarget.h"

using namespace salesplan;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Plan> plan = planFromJson(bytes);
    if (!plan) {
        fuzzCheck(!plan.error().reason.isEmpty(), "a refused plan says why");
        return 0;
    }
    const QByteArray written = planToJson(*plan);
    const Result<Plan> reread = planFromJson(written);
    fuzzCheck(reread.ok(), "the JSON of a plan that reads reads too");
    fuzzCheck(*reread == *plan, "the JSON of a plan reads back to an equal plan");
    fuzzCheck(planToJson(*reread) == written, "equal plans write the same JSON");
    return 0;
}
