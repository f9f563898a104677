using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Departments;

namespace InfoGov.Api.Features.Departments;

public sealed class DepartmentKindGraphType() : DescribedEnumGraphType<DepartmentKind>(
    "What sort of government unit a department is.",
    new Dictionary<DepartmentKind, string>
    {
        [DepartmentKind.CommitteeOffice] = "The informatization office that leads and coordinates informatization.",
        [DepartmentKind.Bureau] = "A bureau, commission or district government.",
        [DepartmentKind.Township] = "A township, town or sub-district.",
        [DepartmentKind.PublicInstitution] = "A public institution.",
        [DepartmentKind.InformationCentre] = "The information centre that runs shared infrastructure (data exchange, servers, machine room).",
    });
