using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Planning;

namespace InfoGov.Api.Features.Planning;

public sealed class PlanKindGraphType() : DescribedEnumGraphType<PlanKind>("Which informatization plan.", new Dictionary<PlanKind, string>
{
    [PlanKind.FiveYear] = "The five-year development plan.",
    [PlanKind.Annual] = "The annual implementation plan.",
});

public sealed class PlanStatusGraphType() : DescribedEnumGraphType<PlanStatus>("Where a plan is between draft and approval.", new Dictionary<PlanStatus, string>
{
    [PlanStatus.Draft] = "Being written by the department's information manager.",
    [PlanStatus.Endorsed] = "Approved by the department's head; ready to submit to the office.",
    [PlanStatus.Submitted] = "With the office for its decision.",
    [PlanStatus.Approved] = "Approved by the office and in force; projects deliver its items.",
    [PlanStatus.Returned] = "Returned by the office with comments, to revise and endorse again.",
});
