using System.Data.Common;
using CampaignFlow.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignFlow.Storage;

/// <summary>
/// Adds many synthetic contacts fast, with prepared ADO.NET inserts in large transactions (EF change
/// tracking would take minutes for a million rows). One company in ten; every person has a job
/// responsibility (PURCHASE for about 10 %); 30 % of companies are prospects (PROS).
/// </summary>
public sealed class SyntheticContactSeeder(CampaignFlowDbContext db)
{
    private const int BatchSize = 20_000;
    private static readonly string[] Jobs = ["PURCHASE", "SALES", "IT", "MANAGEMENT", "MARKETING", "ACCOUNTING", "SALES", "IT", "MARKETING", "SALES"];
    private static readonly string[] Countries = ["FR", "SE", "NL", "NO", "GB"];
    private static readonly string[] Languages = ["FR", "SV", "NL", "NB", "EN"];

    public async Task<int> SeedAsync(int count, CancellationToken cancellationToken = default)
    {
        await EnsureCodesAsync(cancellationToken);
        var start = await db.Contacts.CountAsync(c => c.No.StartsWith("SY"), cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            var random = new Random(start + 42);
            string? companyNo = null;
            string? companyName = null;
            for (var done = 0; done < count;)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var tx = transaction.GetDbTransaction();
                await using var contact = Prepare(connection, tx, TableOf<Contact>(),
                    "No", "Name", "Type", "CompanyNo", "CompanyName", "SalespersonCode", "CountryRegionCode", "PostCode", "City",
                    "LanguageCode", "Email", "CorrespondenceType", "ExcludeFromSegment", "Minor", "ParentalConsentReceived", "PrivacyBlocked");
                await using var job = Prepare(connection, tx, TableOf<ContactJobResponsibility>(), "ContactNo", "JobResponsibilityCode");
                await using var relation = Prepare(connection, tx, TableOf<ContactBusinessRelation>(), "ContactNo", "BusinessRelationCode", "LinkToTable", "LinkNo");
                await using var industry = Prepare(connection, tx, TableOf<ContactIndustryGroup>(), "ContactNo", "IndustryGroupCode");
                var batchEnd = Math.Min(count, done + BatchSize);
                for (; done < batchEnd; done++)
                {
                    var n = start + done + 1;
                    var no = $"SY{n:D8}";
                    var isCompany = n % 10 == 1;
                    var country = n / 10 % Countries.Length;
                    if (isCompany)
                    {
                        companyNo = no;
                        companyName = $"Company {n / 10:D7}";
                    }
                    var name = isCompany ? companyName! : $"Person {n:D8}";
                    await ExecuteAsync(contact, cancellationToken, no, name, isCompany ? "Company" : "Person", companyNo, companyName,
                        $"SP{n % 7}", Countries[country], $"{10000 + n % 89999}", $"City {n % 500}", Languages[country],
                        $"c{n}@example.com", random.Next(2) == 0 ? "Email" : "HardCopy", n % 53 == 0, false, false, false);
                    if (isCompany)
                    {
                        await ExecuteAsync(industry, cancellationToken, no, random.Next(2) == 0 ? "RETAIL" : "IT");
                        if (random.Next(10) < 3) await ExecuteAsync(relation, cancellationToken, no, "PROS", "None", null);
                        else if (random.Next(10) < 3) await ExecuteAsync(relation, cancellationToken, no, "CUST", "Customer", $"SYC{n:D8}");
                    }
                    else
                    {
                        await ExecuteAsync(job, cancellationToken, no, Jobs[random.Next(Jobs.Length)]);
                    }
                }
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return count;
    }

    private async Task EnsureCodesAsync(CancellationToken cancellationToken)
    {
        foreach (var code in Jobs.Distinct())
            if (!await db.JobResponsibilities.AnyAsync(j => j.Code == code, cancellationToken)) db.JobResponsibilities.Add(new JobResponsibility { Code = code, Description = code });
        foreach (var code in new[] { "PROS", "CUST" })
            if (!await db.BusinessRelations.AnyAsync(j => j.Code == code, cancellationToken)) db.BusinessRelations.Add(new BusinessRelation { Code = code, Description = code });
        foreach (var code in new[] { "RETAIL", "IT" })
            if (!await db.IndustryGroups.AnyAsync(j => j.Code == code, cancellationToken)) db.IndustryGroups.Add(new IndustryGroup { Code = code, Description = code });
        await db.SaveChangesAsync(cancellationToken);
    }

    private string TableOf<T>() => db.Model.FindEntityType(typeof(T))!.GetTableName()!;

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        for (var i = 0; i < columns.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static Task<int> ExecuteAsync(DbCommand command, CancellationToken cancellationToken, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command.ExecuteNonQueryAsync(cancellationToken);
    }
}
