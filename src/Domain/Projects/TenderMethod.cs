namespace InfoGov.Domain.Projects;

/// <summary>How suppliers were selected.</summary>
public enum TenderMethod
{
    OpenTender,
    InvitedTender,
    CompetitiveNegotiation,
    SingleSource,
    Inquiry,
}
