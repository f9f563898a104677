using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class VendorKindGraphType() : DescribedEnumGraphType<VendorKind>(
    "What a vendor does for projects.",
    new Dictionary<VendorKind, string>
    {
        [VendorKind.Contractor] = "Builds or supplies: software, systems integration, equipment.",
        [VendorKind.Supervisor] = "Construction supervision (监理): oversees the contractor's work for the owner and reports on it.",
        [VendorKind.Consultant] = "Advice: feasibility studies, design, evaluation.",
    });
