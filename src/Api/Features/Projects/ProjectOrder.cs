namespace InfoGov.Api.Features.Projects;

/// <summary>Orders of the <c>projects</c> list.</summary>
public enum ProjectOrder
{
    CodeAsc,
    CodeDesc,
    NameAsc,
    DueOnAsc,
    DueOnDesc,
    SubmittedOnDesc,
    ColourSeverity,
    ReportOverdueFirst,
    VarianceBandDesc,
    ConfidenceSeverity,
}
