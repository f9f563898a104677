using InfoGov.Domain.Common;

namespace InfoGov.Domain.Departments;

/// <summary>What a programme aims at in one year, counted in one unit: e.g. 15 demonstration villages in
/// 2027. One target per programme, year and unit; set through <see cref="Programme.SetTarget"/>.</summary>
public sealed class ProgrammeTarget : VersionedEntity
{
    public required Guid ProgrammeId { get; init; }
    public required int Year { get; init; }
    /// <summary>What is counted, e.g. "demonstration town" or "demonstration village".</summary>
    public required string Unit { get; init; }
    public required decimal Quantity { get => _quantity; init => _quantity = value; }
    private decimal _quantity;
    public string? Note { get => _note; init => _note = value; }
    private string? _note;

    internal void Change(decimal quantity, string? note)
    {
        _quantity = quantity;
        _note = string.IsNullOrEmpty(note) ? null : note;
    }
}
