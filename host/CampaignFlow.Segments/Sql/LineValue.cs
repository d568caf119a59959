namespace CampaignFlow.Segments.Sql;

/// <summary>The SQL that fills one segment line column; <see cref="FromContact"/> when it reads the contact row.</summary>
internal readonly record struct LineValue(string Sql, bool FromContact);
