namespace InfoGov.Domain.Common;

/// <summary>The traffic light shown on bulletins and portals.</summary>
public enum StatusColour
{
    Green,
    Amber,
    Red,
}
