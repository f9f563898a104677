using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Common;

namespace InfoGov.Api.Features.Audit;

public sealed class AuditOutcomeGraphType() : DescribedEnumGraphType<AuditOutcome>(
    "Whether an audited action took effect.",
    new Dictionary<AuditOutcome, string>
    {
        [AuditOutcome.Succeeded] = "The change was made.",
        [AuditOutcome.Refused] = "The change was refused; nothing but this entry was written.",
    });
