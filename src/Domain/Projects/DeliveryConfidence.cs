namespace InfoGov.Domain.Projects;

/// <summary>
/// The office's judgement of how likely a project is to deliver on time, on budget and to scope, on a five-point
/// scale in the spirit of the UK's delivery confidence assessment. A judgement, beside the computed colour, not
/// instead of it. Ordered from the most to the least confident.
/// </summary>
public enum DeliveryConfidence
{
    /// <summary>Delivery appears highly likely; no major outstanding issues.</summary>
    Green,
    /// <summary>Delivery appears probable; issues need attention but should not threaten it if addressed.</summary>
    AmberGreen,
    /// <summary>Delivery appears feasible, but significant issues already exist and need prompt management attention.</summary>
    Amber,
    /// <summary>Delivery is in doubt, with major risks or issues in several areas needing urgent action.</summary>
    AmberRed,
    /// <summary>Delivery appears unachievable unless the scope, schedule or budget is re-baselined.</summary>
    Red,
}
