using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class TenderMethodGraphType() : DescribedEnumGraphType<TenderMethod>(
    "How suppliers were selected.",
    new Dictionary<TenderMethod, string>
    {
        [TenderMethod.OpenTender] = "Open public tender.",
        [TenderMethod.InvitedTender] = "Tender among invited suppliers.",
        [TenderMethod.CompetitiveNegotiation] = "Competitive negotiation.",
        [TenderMethod.SingleSource] = "Single-source procurement.",
        [TenderMethod.Inquiry] = "Price inquiry.",
    });
