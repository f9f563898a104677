namespace InfoGov.Domain.Common;

/// <summary>A record of an expert review panel (a seat, an opinion): while the review is open it is
/// seen by the office and the panel's own experts only.</summary>
public interface IPanelRecord
{
    Guid PanelId { get; }
}
