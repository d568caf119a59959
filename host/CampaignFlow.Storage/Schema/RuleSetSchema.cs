namespace CampaignFlow.Storage.Schema;

/// <summary>
/// Step 3: the rule set tables (<see cref="RuleSets.StoredRuleSet"/>, <see cref="RuleSets.StoredRuleSetVersion"/>).
/// The DDL is frozen here, written as EF Core 10 generates it for each provider, so that a store upgraded from step 2
/// and a new one have the same tables (a test compares them with the EF model).
/// </summary>
public static class RuleSetSchema
{
    public const string RuleSetsTable = "RuleSets";
    public const string VersionsTable = "RuleSetVersions";

    public static Task ApplyAsync(CampaignFlowDbContext db, CancellationToken cancellationToken) => ProviderScript.ApplyAsync(db, ScriptFor, cancellationToken);

    /// <summary>The step's DDL for an EF Core provider name.</summary>
    public static string ScriptFor(string? providerName) => ProviderScript.For(providerName, Sqlite, PostgreSql, "the rule set tables");

    private const string Sqlite = """
        CREATE TABLE "RuleSets" (
            "WorkflowName" TEXT NOT NULL CONSTRAINT "PK_RuleSets" PRIMARY KEY,
            "Json" TEXT NOT NULL,
            "Version" INTEGER NOT NULL,
            "UpdatedAt" TEXT NOT NULL,
            "UpdatedBy" TEXT NOT NULL,
            "Deleted" INTEGER NOT NULL,
            "ShippedFile" TEXT NULL,
            "ShippedHash" TEXT NULL
        );


        CREATE TABLE "RuleSetVersions" (
            "WorkflowName" TEXT NOT NULL,
            "Version" INTEGER NOT NULL,
            "Json" TEXT NOT NULL,
            "CreatedAt" TEXT NOT NULL,
            "CreatedBy" TEXT NOT NULL,
            "Reason" TEXT NOT NULL,
            CONSTRAINT "PK_RuleSetVersions" PRIMARY KEY ("WorkflowName", "Version"),
            CONSTRAINT "FK_RuleSetVersions_RuleSets_WorkflowName" FOREIGN KEY ("WorkflowName") REFERENCES "RuleSets" ("WorkflowName") ON DELETE CASCADE
        );
        """;
    private const string PostgreSql = """
        CREATE TABLE "RuleSets" (
            "WorkflowName" character varying(200) NOT NULL,
            "Json" text NOT NULL,
            "Version" integer NOT NULL,
            "UpdatedAt" timestamp with time zone NOT NULL,
            "UpdatedBy" character varying(100) NOT NULL,
            "Deleted" boolean NOT NULL,
            "ShippedFile" character varying(400),
            "ShippedHash" character varying(64),
            CONSTRAINT "PK_RuleSets" PRIMARY KEY ("WorkflowName")
        );


        CREATE TABLE "RuleSetVersions" (
            "WorkflowName" character varying(200) NOT NULL,
            "Version" integer NOT NULL,
            "Json" text NOT NULL,
            "CreatedAt" timestamp with time zone NOT NULL,
            "CreatedBy" character varying(100) NOT NULL,
            "Reason" character varying(500) NOT NULL,
            CONSTRAINT "PK_RuleSetVersions" PRIMARY KEY ("WorkflowName", "Version"),
            CONSTRAINT "FK_RuleSetVersions_RuleSets_WorkflowName" FOREIGN KEY ("WorkflowName") REFERENCES "RuleSets" ("WorkflowName") ON DELETE CASCADE
        );
        """;
}
