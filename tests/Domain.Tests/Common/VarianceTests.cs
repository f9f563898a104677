using InfoGov.Domain.Common;

namespace InfoGov.Domain.Tests.Common;

public class VarianceTests
{
    [Theory]
    [InlineData("0", VarianceBand.Low)]
    [InlineData("0.10", VarianceBand.Low)]
    [InlineData("0.1001", VarianceBand.Medium)]
    [InlineData("0.30", VarianceBand.Medium)]
    [InlineData("0.3001", VarianceBand.High)]
    [InlineData("-0.25", VarianceBand.Medium)]
    [InlineData("-0.5", VarianceBand.High)]
    public void Bands_follow_the_ten_and_thirty_percent_thresholds(string ratio, VarianceBand band) =>
        Assert.Equal(band, Variance.Of(decimal.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture)).Band);

    [Fact]
    public void Ratio_is_rounded_to_four_places() => Assert.Equal(0.1235m, Variance.Of(0.12345m).Ratio);
}
