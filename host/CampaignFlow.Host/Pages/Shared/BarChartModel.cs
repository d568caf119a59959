namespace CampaignFlow.Host.Pages.Shared;

/// <summary>A small horizontal bar chart drawn as inline SVG by the _BarChart partial.</summary>
public sealed record BarChartModel(string Title, IReadOnlyList<BarChartModel.Bar> Bars)
{
    public sealed record Bar(string Label, decimal Value, string Unit = "");

    public decimal Max => Bars.Count == 0 ? 0 : Bars.Max(b => b.Value);

    /// <summary>The bar's width in the 300-unit drawing area (0 when everything is 0).</summary>
    public decimal WidthOf(Bar bar) => Max <= 0 || bar is null ? 0 : Math.Round(bar.Value / Max * 300m, 1);
}
