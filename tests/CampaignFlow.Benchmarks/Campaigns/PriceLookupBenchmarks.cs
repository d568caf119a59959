using System.Globalization;
using BenchmarkDotNet.Attributes;
using CampaignFlow.Campaigns;
using CampaignFlow.Campaigns.Eligibility;
using CampaignFlow.Campaigns.Lookup;
using CampaignFlow.Testing;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Benchmarks.Campaigns;

/// <summary>
/// Price lookups (with a two-rule eligibility workflow) against 1,000 campaigns, 100,000 price lines, 10,000 line
/// discounts and 50,000 target group rows in a SQLite store, after warm-up (index loaded, customers resolved);
/// baseline: a plain dictionary lookup of a precomputed price per (customer, item).
/// </summary>
[MemoryDiagnoser]
public class PriceLookupBenchmarks
{
    private const int Campaigns = 1_000;
    private const int Items = 1_000;
    private const int Customers = 10_000;
    private const int Requests = 1_000;
    private static readonly DateOnly Day = new(2026, 3, 15);

    private TempStore _store = null!;
    private PriceLookupService _lookup = null!;
    private PriceRequest[] _requests = null!;
    private Dictionary<(string, string), decimal> _raw = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _store = await TempStore.CreateAsync();
        await using (var db = _store.Open())
        {
            await BulkInsert.RunAsync(db, async prepare =>
            {
                var item = prepare("Items", ["No", "Description", "UnitPrice", "BaseUnitOfMeasure", "ItemDiscountGroup"]);
                for (var i = 0; i < Items; i++) await BulkInsert.ExecuteAsync(item, ItemNo(i), $"Item {i}", 1000m + i, "PCS", $"G{i % 20}");
                var customer = prepare("Customers", ["No", "Name", "CountryRegionCode"]);
                for (var c = 0; c < Customers; c++) await BulkInsert.ExecuteAsync(customer, CustomerNo(c), $"Customer {c}", "SE");
                var campaign = prepare("Campaigns", ["No", "Description", "StartingDate", "EndingDate", "Version"]);
                var price = prepare("CampaignSalesPrices", ["CampaignNo", "ItemNo", "UnitOfMeasureCode", "CurrencyCode", "MinimumQuantity", "UnitPrice", "StartingDate", "EndingDate"]);
                var discount = prepare("CampaignLineDiscounts", ["CampaignNo", "Type", "Code", "UnitOfMeasureCode", "CurrencyCode", "MinimumQuantity", "LineDiscountPct", "StartingDate", "EndingDate"]);
                var target = prepare("CampaignTargetGroups", ["CampaignNo", "Type", "No"]);
                var (start, end) = (new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
                for (var k = 0; k < Campaigns; k++)
                {
                    var no = CampaignNo(k);
                    await BulkInsert.ExecuteAsync(campaign, no, $"Campaign {k}", start, end, 0);
                    for (var j = 0; j < 100; j++)
                        await BulkInsert.ExecuteAsync(price, no, ItemNo((k * 37 + j) % Items), "", "", (decimal)(j % 3), 900m + (k + j) % 300, start, end);
                    for (var j = 0; j < 10; j++)
                        await BulkInsert.ExecuteAsync(discount, no, j % 2 == 0 ? "Item" : "ItemDiscountGroup", j % 2 == 0 ? ItemNo((k * 37 + j) % Items) : $"G{(k + j) % 20}", "", "", 1m, 5m + j, start, end);
                    for (var j = 0; j < 50; j++)
                        await BulkInsert.ExecuteAsync(target, no, "Customer", CustomerNo((k * 50 + j) % Customers));
                }
            });
        }

        var eligibility = EligibilityRulesLoader.Parse("""
            { "WorkflowName": "CampaignEligibility", "Rules": [
              { "RuleName": "CampaignNotCanceled", "Expression": "campaign.StatusCode != \"CANCELED\"" },
              { "RuleName": "PositiveAmount", "Expression": "line.Amount > 0" } ] }
            """, "benchmark");
        _lookup = new PriceLookupService(_store, new PricingCacheVersion(), eligibility, TimeProvider.System,
            Options.Create(new CampaignsOptions { PriceIndexMaxAge = TimeSpan.FromHours(1) }));
        var random = new Random(7);
        _requests = [.. Enumerable.Range(0, Requests).Select(_ => new PriceRequest(CustomerNo(random.Next(Customers)), null, ItemNo(random.Next(Items)), 1 + random.Next(3), Day))];
        _raw = [];
        foreach (var request in _requests)
        {
            var quote = await _lookup.LookupAsync(request); // warm-up: index loaded, customers resolved
            _raw[(request.CustomerNo!, request.ItemNo)] = quote.UnitPrice;
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _lookup.Dispose();
        _store.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Requests, Description = "raw Dictionary lookup")]
    public decimal RawDictionary()
    {
        var sum = 0m;
        foreach (var request in _requests) sum += _raw[(request.CustomerNo!, request.ItemNo)];
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Requests, Description = "PriceLookupService.LookupAsync (eligibility rules)")]
    public decimal CampaignFlowLookup()
    {
        var sum = 0m;
        foreach (var request in _requests)
        {
            var pending = _lookup.LookupAsync(request);
            sum += pending.IsCompletedSuccessfully ? pending.Result.UnitPrice : pending.AsTask().GetAwaiter().GetResult().UnitPrice;
        }
        return sum;
    }

    private static string ItemNo(int i) => "IT" + i.ToString("D5", CultureInfo.InvariantCulture);
    private static string CustomerNo(int c) => "C" + c.ToString("D6", CultureInfo.InvariantCulture);
    private static string CampaignNo(int k) => "CP" + (k + 1).ToString("D4", CultureInfo.InvariantCulture);
}
