using InfoGov.Api.Engine.Common;
using InfoGov.Domain.DataSharing;

namespace InfoGov.Api.Features.DataSharing;

public sealed class ResourceClassificationGraphType() : DescribedEnumGraphType<ResourceClassification>(
    "The catalog's classification of an information resource.",
    new Dictionary<ResourceClassification, string>
    {
        [ResourceClassification.BasicPopulation] = "Basic resource: population.",
        [ResourceClassification.BasicLegalPersons] = "Basic resource: legal persons.",
        [ResourceClassification.BasicGeography] = "Basic resource: geography.",
        [ResourceClassification.BasicCredit] = "Basic resource: credit.",
        [ResourceClassification.BasicLicences] = "Basic resource: licences.",
        [ResourceClassification.Thematic] = "Thematic resource.",
        [ResourceClassification.Departmental] = "Departmental resource.",
    });
