using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class AcceptanceResultGraphType() : DescribedEnumGraphType<AcceptanceResult>(
    "The outcome of an acceptance.",
    new Dictionary<AcceptanceResult, string>
    {
        [AcceptanceResult.Passed] = "Passed.",
        [AcceptanceResult.PassedWithConditions] = "Passed on conditions to be met later.",
        [AcceptanceResult.Failed] = "Failed; the project returns to implementation.",
    });
