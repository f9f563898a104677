namespace InfoGov.Domain.Common;

/// <summary>A detail of a catalog entry (a data item): whoever sees the entry sees it, nobody else.</summary>
public interface IDetailOfDataResource
{
    Guid ResourceId { get; }
}
