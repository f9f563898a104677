using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class FundingCategoryGraphType() : DescribedEnumGraphType<FundingCategory>(
    "Whether a project has money from the special fund or waits for it.",
    new Dictionary<FundingCategory, string>
    {
        [FundingCategory.Funded] = "Allocated money from a year's special fund (or applying to be).",
        [FundingCategory.Reserve] = "Approved but waiting for money; rolls to next year if not funded.",
    });
