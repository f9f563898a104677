namespace InfoGov.Domain.Projects;

/// <summary>Whether a project has money from this year's special fund or waits for it.</summary>
public enum FundingCategory
{
    Funded,
    /// <summary>Approved but waiting for money; rolls to next year if not funded.</summary>
    Reserve,
}
