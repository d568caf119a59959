using CampaignFlow.Domain.Contacts;

namespace CampaignFlow.Rules.Tests;

// A typed input with every kind of member the language must handle.
public sealed class Order
{
    public string Name { get; set; } = "Widget";
    public string? Note { get; set; }
    public decimal Total { get; set; } = 150.25m;
    public int Quantity { get; set; } = 3;
    public long Big { get; set; } = 5_000_000_000;
    public double Ratio { get; set; } = 0.75;
    public int? MaybeCount { get; set; }
    public int? Known { get; set; } = 7;
    public DateTime Placed { get; set; } = new(2024, 3, 15, 10, 30, 0);
    public DateOnly Due { get; set; } = new(2024, 3, 31);
    public ContactType Kind { get; set; } = ContactType.Person;
    public List<OrderLine> Lines { get; set; } = [new() { Item = "A", Qty = 2, Price = 10m }, new() { Item = "B", Qty = 3, Price = 2.5m }];
    public string[] Tags { get; set; } = ["vip", "north"];
    public OrderLine? Missing { get; set; }
}

public sealed class OrderLine
{
    public string Item { get; set; } = "";
    public int Qty { get; set; }
    public decimal Price { get; set; }
}

public static class TestFunctions
{
    public static DateOnly EndOfMonthPlus(string formula, DateOnly date) =>
        formula == "CM+1D" ? new DateOnly(date.Year, date.Month, 1).AddMonths(1) : date;
}
