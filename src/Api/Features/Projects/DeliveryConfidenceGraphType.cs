using InfoGov.Api.Engine.Common;
using InfoGov.Domain.Projects;

namespace InfoGov.Api.Features.Projects;

public sealed class DeliveryConfidenceGraphType() : DescribedEnumGraphType<DeliveryConfidence>(
    "The office's confidence that a project will deliver on time, on budget and to scope: five points from green to red. A judgement kept beside the computed colour, which it does not change.",
    new Dictionary<DeliveryConfidence, string>
    {
        [DeliveryConfidence.Green] = "Delivery appears highly likely; no major outstanding issues.",
        [DeliveryConfidence.AmberGreen] = "Delivery appears probable; issues need attention but should not threaten it if addressed.",
        [DeliveryConfidence.Amber] = "Delivery appears feasible, but significant issues already exist and need prompt management attention.",
        [DeliveryConfidence.AmberRed] = "Delivery is in doubt, with major risks or issues in several areas needing urgent action.",
        [DeliveryConfidence.Red] = "Delivery appears unachievable unless the scope, schedule or budget is re-baselined.",
    });
