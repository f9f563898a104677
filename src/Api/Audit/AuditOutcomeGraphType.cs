using InfoGov.Api.Common;
using InfoGov.Domain.Common;

namespace InfoGov.Api.Audit;

public sealed class AuditOutcomeGraphType() : DescribedEnumGraphType<AuditOutcome>(
    "Whether an audited action took effect.",
    new Dictionary<AuditOutcome, string>
    {
        [AuditOutcome.Succeeded] = "The change was made.",
        [AuditOutcome.Refused] = "The change was refused; nothing but this entry was written.",
    });
