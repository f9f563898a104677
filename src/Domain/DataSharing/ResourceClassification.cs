namespace InfoGov.Domain.DataSharing;

/// <summary>The catalog's classification of an information resource.</summary>
public enum ResourceClassification
{
    BasicPopulation,
    BasicLegalPersons,
    BasicGeography,
    BasicCredit,
    BasicLicences,
    Thematic,
    Departmental,
}
