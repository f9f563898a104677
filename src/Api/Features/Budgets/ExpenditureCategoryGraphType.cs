using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Budgets;

namespace InfoGov.Api.Features.Budgets;

public sealed class ExpenditureCategoryGraphType() : DescribedEnumGraphType<ExpenditureCategory>(
    "What money was spent on.",
    new Dictionary<ExpenditureCategory, string>
    {
        [ExpenditureCategory.Hardware] = "Equipment.",
        [ExpenditureCategory.Software] = "Software licences and development.",
        [ExpenditureCategory.Services] = "Consulting, integration, supervision and other services.",
        [ExpenditureCategory.Operations] = "Operation and maintenance.",
    });
