CREATE TABLE "Activities" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Activities" PRIMARY KEY,
    "Description" TEXT NOT NULL
);


CREATE TABLE "ApiKeys" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ApiKeys" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "Salt" BLOB NOT NULL,
    "Hash" BLOB NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "RevokedAt" TEXT NULL
);


CREATE TABLE "BusinessRelations" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_BusinessRelations" PRIMARY KEY,
    "Description" TEXT NOT NULL
);


CREATE TABLE "CampaignStatuses" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_CampaignStatuses" PRIMARY KEY,
    "Description" TEXT NOT NULL
);


CREATE TABLE "Contacts" (
    "No" TEXT NOT NULL CONSTRAINT "PK_Contacts" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "CompanyNo" TEXT NULL,
    "CompanyName" TEXT NULL,
    "SalespersonCode" TEXT NULL,
    "TerritoryCode" TEXT NULL,
    "CountryRegionCode" TEXT NULL,
    "PostCode" TEXT NULL,
    "City" TEXT NULL,
    "Address" TEXT NULL,
    "LanguageCode" TEXT NULL,
    "Email" TEXT NULL,
    "PhoneNo" TEXT NULL,
    "CorrespondenceType" TEXT NOT NULL,
    "ExcludeFromSegment" INTEGER NOT NULL,
    "Minor" INTEGER NOT NULL,
    "ParentalConsentReceived" INTEGER NOT NULL,
    "PrivacyBlocked" INTEGER NOT NULL,
    CONSTRAINT "FK_Contacts_Contacts_CompanyNo" FOREIGN KEY ("CompanyNo") REFERENCES "Contacts" ("No") ON DELETE RESTRICT
);


CREATE TABLE "Customers" (
    "No" TEXT NOT NULL CONSTRAINT "PK_Customers" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "CountryRegionCode" TEXT NULL,
    "CurrencyCode" TEXT NULL,
    "CustomerPriceGroup" TEXT NULL,
    "CustomerDiscountGroup" TEXT NULL
);


CREATE TABLE "Deliveries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Deliveries" PRIMARY KEY AUTOINCREMENT,
    "LoggedSegmentEntryNo" INTEGER NOT NULL,
    "LineNo" INTEGER NOT NULL,
    "InteractionEntryNo" INTEGER NOT NULL,
    "CorrespondenceType" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" INTEGER NOT NULL,
    "ClaimedAt" INTEGER NULL,
    "ClaimedBy" TEXT NULL,
    "CompletedAt" INTEGER NULL,
    "LastError" TEXT NULL,
    "ExternalId" TEXT NULL
);


CREATE TABLE "IndustryGroups" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_IndustryGroups" PRIMARY KEY,
    "Description" TEXT NOT NULL
);


CREATE TABLE "InteractionGroups" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_InteractionGroups" PRIMARY KEY,
    "Description" TEXT NOT NULL
);


CREATE TABLE "InteractionLogEntries" (
    "EntryNo" INTEGER NOT NULL CONSTRAINT "PK_InteractionLogEntries" PRIMARY KEY AUTOINCREMENT,
    "ContactNo" TEXT NOT NULL,
    "ContactCompanyNo" TEXT NULL,
    "Date" TEXT NOT NULL,
    "Time" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Subject" TEXT NULL,
    "InteractionTemplateCode" TEXT NULL,
    "InteractionGroupCode" TEXT NULL,
    "InformationFlow" TEXT NOT NULL,
    "InitiatedBy" TEXT NOT NULL,
    "Cost" TEXT NOT NULL,
    "DurationMin" TEXT NOT NULL,
    "SalespersonCode" TEXT NULL,
    "UserId" TEXT NULL,
    "CampaignNo" TEXT NULL,
    "CampaignEntryNo" INTEGER NULL,
    "CampaignTarget" INTEGER NOT NULL,
    "CampaignResponse" INTEGER NOT NULL,
    "SegmentNo" TEXT NULL,
    "LoggedSegmentEntryNo" INTEGER NULL,
    "CorrespondenceType" TEXT NOT NULL,
    "LanguageCode" TEXT NULL,
    "DeliveryStatus" TEXT NOT NULL,
    "DeliveryError" TEXT NULL,
    "DeliveryExternalId" TEXT NULL,
    "Canceled" INTEGER NOT NULL,
    "Postponed" INTEGER NOT NULL,
    "AttachmentReference" TEXT NULL
);


CREATE TABLE "Items" (
    "No" TEXT NOT NULL CONSTRAINT "PK_Items" PRIMARY KEY,
    "Description" TEXT NOT NULL,
    "UnitPrice" TEXT NOT NULL,
    "BaseUnitOfMeasure" TEXT NOT NULL,
    "ItemDiscountGroup" TEXT NULL
);


CREATE TABLE "JobResponsibilities" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_JobResponsibilities" PRIMARY KEY,
    "Description" TEXT NOT NULL
);


CREATE TABLE "Languages" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Languages" PRIMARY KEY,
    "Description" TEXT NOT NULL
);


CREATE TABLE "LoggedSegments" (
    "EntryNo" INTEGER NOT NULL CONSTRAINT "PK_LoggedSegments" PRIMARY KEY AUTOINCREMENT,
    "SegmentNo" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "CreationDate" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "Canceled" INTEGER NOT NULL
);


CREATE TABLE "MailingGroups" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_MailingGroups" PRIMARY KEY,
    "Description" TEXT NOT NULL
);


CREATE TABLE "NumberSeries" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_NumberSeries" PRIMARY KEY,
    "Prefix" TEXT NOT NULL,
    "Digits" INTEGER NOT NULL,
    "LastNo" INTEGER NOT NULL,
    "Description" TEXT NOT NULL
);


CREATE TABLE "Salespeople" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Salespeople" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Email" TEXT NULL,
    "PhoneNo" TEXT NULL,
    "Blocked" INTEGER NOT NULL
);


CREATE TABLE "SavedSegmentCriteria" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_SavedSegmentCriteria" PRIMARY KEY,
    "Description" TEXT NOT NULL
);


CREATE TABLE "Segments" (
    "No" TEXT NOT NULL CONSTRAINT "PK_Segments" PRIMARY KEY,
    "Description" TEXT NOT NULL,
    "Date" TEXT NULL,
    "SalespersonCode" TEXT NULL,
    "CampaignNo" TEXT NULL,
    "CampaignTarget" INTEGER NOT NULL,
    "CampaignResponse" INTEGER NOT NULL,
    "InteractionTemplateCode" TEXT NULL,
    "InteractionGroupCode" TEXT NULL,
    "SubjectDefault" TEXT NULL,
    "LanguageCodeDefault" TEXT NULL,
    "CorrespondenceTypeDefault" TEXT NOT NULL,
    "IgnoreContactCorresType" INTEGER NOT NULL,
    "UnitCost" TEXT NOT NULL,
    "UnitDurationMin" TEXT NOT NULL,
    "InformationFlow" TEXT NOT NULL,
    "InitiatedBy" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);


CREATE TABLE "Tasks" (
    "No" TEXT NOT NULL CONSTRAINT "PK_Tasks" PRIMARY KEY,
    "SalespersonCode" TEXT NULL,
    "TeamCode" TEXT NULL,
    "CampaignNo" TEXT NULL,
    "SegmentNo" TEXT NULL,
    "ContactNo" TEXT NULL,
    "OpportunityNo" TEXT NULL,
    "ActivityCode" TEXT NULL,
    "OrganizerTaskNo" TEXT NULL,
    "Type" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Priority" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Notes" TEXT NULL,
    "Closed" INTEGER NOT NULL,
    "DateClosed" TEXT NULL,
    "Canceled" INTEGER NOT NULL,
    "Recurring" INTEGER NOT NULL,
    "RecurringDateInterval" TEXT NULL
);


CREATE TABLE "Teams" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_Teams" PRIMARY KEY,
    "Name" TEXT NOT NULL
);


CREATE TABLE "WorkflowDefinitions" (
    "WorkflowId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL,
    "Json" TEXT NOT NULL,
    "ImportedAt" TEXT NOT NULL,
    CONSTRAINT "PK_WorkflowDefinitions" PRIMARY KEY ("WorkflowId", "Version")
);


CREATE TABLE "ActivitySteps" (
    "ActivityCode" TEXT NOT NULL,
    "StepNo" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "Priority" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "DateFormula" TEXT NOT NULL,
    CONSTRAINT "PK_ActivitySteps" PRIMARY KEY ("ActivityCode", "StepNo"),
    CONSTRAINT "FK_ActivitySteps_Activities_ActivityCode" FOREIGN KEY ("ActivityCode") REFERENCES "Activities" ("Code") ON DELETE CASCADE
);


CREATE TABLE "ContactBusinessRelations" (
    "ContactNo" TEXT NOT NULL,
    "BusinessRelationCode" TEXT NOT NULL,
    "LinkToTable" TEXT NOT NULL,
    "LinkNo" TEXT NULL,
    CONSTRAINT "PK_ContactBusinessRelations" PRIMARY KEY ("ContactNo", "BusinessRelationCode"),
    CONSTRAINT "FK_ContactBusinessRelations_BusinessRelations_BusinessRelationCode" FOREIGN KEY ("BusinessRelationCode") REFERENCES "BusinessRelations" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_ContactBusinessRelations_Contacts_ContactNo" FOREIGN KEY ("ContactNo") REFERENCES "Contacts" ("No") ON DELETE CASCADE
);


CREATE TABLE "ContactIndustryGroups" (
    "ContactNo" TEXT NOT NULL,
    "IndustryGroupCode" TEXT NOT NULL,
    CONSTRAINT "PK_ContactIndustryGroups" PRIMARY KEY ("ContactNo", "IndustryGroupCode"),
    CONSTRAINT "FK_ContactIndustryGroups_Contacts_ContactNo" FOREIGN KEY ("ContactNo") REFERENCES "Contacts" ("No") ON DELETE CASCADE,
    CONSTRAINT "FK_ContactIndustryGroups_IndustryGroups_IndustryGroupCode" FOREIGN KEY ("IndustryGroupCode") REFERENCES "IndustryGroups" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "InteractionTemplates" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_InteractionTemplates" PRIMARY KEY,
    "InteractionGroupCode" TEXT NULL,
    "Description" TEXT NOT NULL,
    "UnitCost" TEXT NOT NULL,
    "UnitDurationMin" TEXT NOT NULL,
    "InformationFlow" TEXT NOT NULL,
    "InitiatedBy" TEXT NOT NULL,
    "CampaignNo" TEXT NULL,
    "CampaignTarget" INTEGER NOT NULL,
    "CampaignResponse" INTEGER NOT NULL,
    "CorrespondenceTypeDefault" TEXT NOT NULL,
    "LanguageCodeDefault" TEXT NULL,
    "IgnoreContactCorresType" INTEGER NOT NULL,
    CONSTRAINT "FK_InteractionTemplates_InteractionGroups_InteractionGroupCode" FOREIGN KEY ("InteractionGroupCode") REFERENCES "InteractionGroups" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "ContactJobResponsibilities" (
    "ContactNo" TEXT NOT NULL,
    "JobResponsibilityCode" TEXT NOT NULL,
    CONSTRAINT "PK_ContactJobResponsibilities" PRIMARY KEY ("ContactNo", "JobResponsibilityCode"),
    CONSTRAINT "FK_ContactJobResponsibilities_Contacts_ContactNo" FOREIGN KEY ("ContactNo") REFERENCES "Contacts" ("No") ON DELETE CASCADE,
    CONSTRAINT "FK_ContactJobResponsibilities_JobResponsibilities_JobResponsibilityCode" FOREIGN KEY ("JobResponsibilityCode") REFERENCES "JobResponsibilities" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "ContactMailingGroups" (
    "ContactNo" TEXT NOT NULL,
    "MailingGroupCode" TEXT NOT NULL,
    CONSTRAINT "PK_ContactMailingGroups" PRIMARY KEY ("ContactNo", "MailingGroupCode"),
    CONSTRAINT "FK_ContactMailingGroups_Contacts_ContactNo" FOREIGN KEY ("ContactNo") REFERENCES "Contacts" ("No") ON DELETE CASCADE,
    CONSTRAINT "FK_ContactMailingGroups_MailingGroups_MailingGroupCode" FOREIGN KEY ("MailingGroupCode") REFERENCES "MailingGroups" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "Campaigns" (
    "No" TEXT NOT NULL CONSTRAINT "PK_Campaigns" PRIMARY KEY,
    "Description" TEXT NOT NULL,
    "StatusCode" TEXT NULL,
    "StartingDate" TEXT NULL,
    "EndingDate" TEXT NULL,
    "SalespersonCode" TEXT NULL,
    "LastDateModified" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Campaigns_CampaignStatuses_StatusCode" FOREIGN KEY ("StatusCode") REFERENCES "CampaignStatuses" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_Campaigns_Salespeople_SalespersonCode" FOREIGN KEY ("SalespersonCode") REFERENCES "Salespeople" ("Code") ON DELETE RESTRICT
);


CREATE TABLE "SavedSegmentCriteriaActions" (
    "CriteriaCode" TEXT NOT NULL,
    "ActionNo" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "ExpandCompanies" INTEGER NOT NULL,
    "AllowRelatedCompanies" INTEGER NOT NULL,
    "IgnoreExclusion" INTEGER NOT NULL,
    "AllowExistingContacts" INTEGER NOT NULL,
    "EntireCompanies" INTEGER NOT NULL,
    "RuleWorkflow" TEXT NULL,
    "RuleName" TEXT NULL,
    "Expression" TEXT NULL,
    "Reference" TEXT NULL,
    CONSTRAINT "PK_SavedSegmentCriteriaActions" PRIMARY KEY ("CriteriaCode", "ActionNo"),
    CONSTRAINT "FK_SavedSegmentCriteriaActions_SavedSegmentCriteria_CriteriaCode" FOREIGN KEY ("CriteriaCode") REFERENCES "SavedSegmentCriteria" ("Code") ON DELETE CASCADE
);


CREATE TABLE "SegmentCriteriaActions" (
    "SegmentNo" TEXT NOT NULL,
    "ActionNo" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "ExpandCompanies" INTEGER NOT NULL,
    "AllowRelatedCompanies" INTEGER NOT NULL,
    "IgnoreExclusion" INTEGER NOT NULL,
    "AllowExistingContacts" INTEGER NOT NULL,
    "EntireCompanies" INTEGER NOT NULL,
    "RuleWorkflow" TEXT NULL,
    "RuleName" TEXT NULL,
    "Expression" TEXT NULL,
    "Reference" TEXT NULL,
    "NoOfLinesAffected" INTEGER NOT NULL,
    CONSTRAINT "PK_SegmentCriteriaActions" PRIMARY KEY ("SegmentNo", "ActionNo"),
    CONSTRAINT "FK_SegmentCriteriaActions_Segments_SegmentNo" FOREIGN KEY ("SegmentNo") REFERENCES "Segments" ("No") ON DELETE CASCADE
);


CREATE TABLE "SegmentHistory" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SegmentHistory" PRIMARY KEY AUTOINCREMENT,
    "SegmentNo" TEXT NOT NULL,
    "ActionNo" INTEGER NOT NULL,
    "Inserted" INTEGER NOT NULL,
    "LineNo" INTEGER NOT NULL,
    "LineNoTo" INTEGER NULL,
    "ContactNo" TEXT NOT NULL,
    "ContactCompanyNo" TEXT NULL,
    "CampaignNo" TEXT NULL,
    "CampaignTarget" INTEGER NOT NULL,
    "CampaignResponse" INTEGER NOT NULL,
    "InteractionTemplateCode" TEXT NULL,
    "InteractionGroupCode" TEXT NULL,
    "CostLcy" TEXT NOT NULL,
    "DurationMin" TEXT NOT NULL,
    "Date" TEXT NULL,
    "Subject" TEXT NULL,
    "Description" TEXT NULL,
    "SalespersonCode" TEXT NULL,
    "CorrespondenceType" TEXT NOT NULL,
    "LanguageCode" TEXT NULL,
    "InformationFlow" TEXT NOT NULL,
    "InitiatedBy" TEXT NOT NULL,
    CONSTRAINT "FK_SegmentHistory_Segments_SegmentNo" FOREIGN KEY ("SegmentNo") REFERENCES "Segments" ("No") ON DELETE CASCADE
);


CREATE TABLE "SegmentLines" (
    "SegmentNo" TEXT NOT NULL,
    "LineNo" INTEGER NOT NULL,
    "ContactNo" TEXT NOT NULL,
    "ContactCompanyNo" TEXT NULL,
    "CampaignNo" TEXT NULL,
    "CampaignTarget" INTEGER NOT NULL,
    "CampaignResponse" INTEGER NOT NULL,
    "InteractionTemplateCode" TEXT NULL,
    "InteractionGroupCode" TEXT NULL,
    "CostLcy" TEXT NOT NULL,
    "DurationMin" TEXT NOT NULL,
    "Date" TEXT NULL,
    "Subject" TEXT NULL,
    "Description" TEXT NULL,
    "SalespersonCode" TEXT NULL,
    "CorrespondenceType" TEXT NOT NULL,
    "LanguageCode" TEXT NULL,
    "InformationFlow" TEXT NOT NULL,
    "InitiatedBy" TEXT NOT NULL,
    CONSTRAINT "PK_SegmentLines" PRIMARY KEY ("SegmentNo", "LineNo"),
    CONSTRAINT "FK_SegmentLines_Contacts_ContactNo" FOREIGN KEY ("ContactNo") REFERENCES "Contacts" ("No") ON DELETE RESTRICT,
    CONSTRAINT "FK_SegmentLines_Segments_SegmentNo" FOREIGN KEY ("SegmentNo") REFERENCES "Segments" ("No") ON DELETE CASCADE
);


CREATE TABLE "TeamMembers" (
    "TeamCode" TEXT NOT NULL,
    "SalespersonCode" TEXT NOT NULL,
    CONSTRAINT "PK_TeamMembers" PRIMARY KEY ("TeamCode", "SalespersonCode"),
    CONSTRAINT "FK_TeamMembers_Salespeople_SalespersonCode" FOREIGN KEY ("SalespersonCode") REFERENCES "Salespeople" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_TeamMembers_Teams_TeamCode" FOREIGN KEY ("TeamCode") REFERENCES "Teams" ("Code") ON DELETE CASCADE
);


CREATE TABLE "InteractionTemplateContents" (
    "TemplateCode" TEXT NOT NULL,
    "LanguageCode" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "IsHtml" INTEGER NOT NULL,
    CONSTRAINT "PK_InteractionTemplateContents" PRIMARY KEY ("TemplateCode", "LanguageCode"),
    CONSTRAINT "FK_InteractionTemplateContents_InteractionTemplates_TemplateCode" FOREIGN KEY ("TemplateCode") REFERENCES "InteractionTemplates" ("Code") ON DELETE CASCADE
);


CREATE TABLE "CampaignEntries" (
    "EntryNo" INTEGER NOT NULL CONSTRAINT "PK_CampaignEntries" PRIMARY KEY AUTOINCREMENT,
    "CampaignNo" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "SegmentNo" TEXT NULL,
    "RegisterNo" INTEGER NULL,
    "SalespersonCode" TEXT NULL,
    "UserId" TEXT NULL,
    "Canceled" INTEGER NOT NULL,
    CONSTRAINT "FK_CampaignEntries_Campaigns_CampaignNo" FOREIGN KEY ("CampaignNo") REFERENCES "Campaigns" ("No") ON DELETE RESTRICT
);


CREATE TABLE "CampaignLineDiscounts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CampaignLineDiscounts" PRIMARY KEY AUTOINCREMENT,
    "CampaignNo" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "UnitOfMeasureCode" TEXT NOT NULL,
    "CurrencyCode" TEXT NOT NULL,
    "MinimumQuantity" TEXT NOT NULL,
    "LineDiscountPct" TEXT NOT NULL,
    "StartingDate" TEXT NULL,
    "EndingDate" TEXT NULL,
    CONSTRAINT "FK_CampaignLineDiscounts_Campaigns_CampaignNo" FOREIGN KEY ("CampaignNo") REFERENCES "Campaigns" ("No") ON DELETE CASCADE
);


CREATE TABLE "CampaignSalesPrices" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_CampaignSalesPrices" PRIMARY KEY AUTOINCREMENT,
    "CampaignNo" TEXT NOT NULL,
    "ItemNo" TEXT NOT NULL,
    "UnitOfMeasureCode" TEXT NOT NULL,
    "CurrencyCode" TEXT NOT NULL,
    "MinimumQuantity" TEXT NOT NULL,
    "UnitPrice" TEXT NOT NULL,
    "StartingDate" TEXT NULL,
    "EndingDate" TEXT NULL,
    CONSTRAINT "FK_CampaignSalesPrices_Campaigns_CampaignNo" FOREIGN KEY ("CampaignNo") REFERENCES "Campaigns" ("No") ON DELETE CASCADE
);


CREATE TABLE "CampaignTargetGroups" (
    "CampaignNo" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "No" TEXT NOT NULL,
    CONSTRAINT "PK_CampaignTargetGroups" PRIMARY KEY ("CampaignNo", "Type", "No"),
    CONSTRAINT "FK_CampaignTargetGroups_Campaigns_CampaignNo" FOREIGN KEY ("CampaignNo") REFERENCES "Campaigns" ("No") ON DELETE CASCADE
);


CREATE TABLE "WorkflowInstances" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WorkflowInstances" PRIMARY KEY,
    "CampaignNo" TEXT NOT NULL,
    "WorkflowId" TEXT NOT NULL,
    "WorkflowVersion" INTEGER NOT NULL,
    "State" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Revision" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "StateEnteredAt" TEXT NOT NULL,
    "BookmarksJson" TEXT NOT NULL,
    "HistoryCount" INTEGER NOT NULL,
    "UnhandledCount" INTEGER NOT NULL,
    CONSTRAINT "FK_WorkflowInstances_Campaigns_CampaignNo" FOREIGN KEY ("CampaignNo") REFERENCES "Campaigns" ("No") ON DELETE RESTRICT,
    CONSTRAINT "FK_WorkflowInstances_WorkflowDefinitions_WorkflowId_WorkflowVersion" FOREIGN KEY ("WorkflowId", "WorkflowVersion") REFERENCES "WorkflowDefinitions" ("WorkflowId", "Version") ON DELETE RESTRICT
);


CREATE TABLE "WorkflowHistory" (
    "InstanceId" TEXT NOT NULL,
    "Seq" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "FromState" TEXT NULL,
    "ToState" TEXT NOT NULL,
    "Cause" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    CONSTRAINT "PK_WorkflowHistory" PRIMARY KEY ("InstanceId", "Seq"),
    CONSTRAINT "FK_WorkflowHistory_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE CASCADE
);


CREATE TABLE "WorkflowIncidents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WorkflowIncidents" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "At" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Step" TEXT NOT NULL,
    "Location" TEXT NULL,
    "Message" TEXT NOT NULL,
    "TriggerKind" TEXT NOT NULL,
    "TriggerEvent" TEXT NULL,
    "TriggerPayloadJson" TEXT NULL,
    "TriggerTimerId" TEXT NULL,
    "TriggerReason" TEXT NULL,
    "Attempts" INTEGER NOT NULL,
    "ResolvedAt" TEXT NULL,
    "Resolution" TEXT NULL,
    CONSTRAINT "FK_WorkflowIncidents_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE CASCADE
);


CREATE TABLE "WorkflowTimers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WorkflowTimers" PRIMARY KEY,
    "InstanceId" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "TransitionIndex" INTEGER NOT NULL,
    "DueDate" TEXT NOT NULL,
    "DueAt" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    CONSTRAINT "FK_WorkflowTimers_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE CASCADE
);


CREATE TABLE "WorkflowUnhandledEvents" (
    "InstanceId" TEXT NOT NULL,
    "Seq" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "EventName" TEXT NOT NULL,
    "PayloadJson" TEXT NULL,
    "Reason" TEXT NOT NULL,
    CONSTRAINT "PK_WorkflowUnhandledEvents" PRIMARY KEY ("InstanceId", "Seq"),
    CONSTRAINT "FK_WorkflowUnhandledEvents_WorkflowInstances_InstanceId" FOREIGN KEY ("InstanceId") REFERENCES "WorkflowInstances" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_CampaignEntries_CampaignNo_Canceled" ON "CampaignEntries" ("CampaignNo", "Canceled");


CREATE INDEX "IX_CampaignEntries_RegisterNo" ON "CampaignEntries" ("RegisterNo");


CREATE UNIQUE INDEX "IX_CampaignLineDiscounts_CampaignNo_Type_Code_UnitOfMeasureCode_CurrencyCode_MinimumQuantity" ON "CampaignLineDiscounts" ("CampaignNo", "Type", "Code", "UnitOfMeasureCode", "CurrencyCode", "MinimumQuantity");


CREATE INDEX "IX_CampaignLineDiscounts_Type_Code" ON "CampaignLineDiscounts" ("Type", "Code");


CREATE INDEX "IX_Campaigns_SalespersonCode" ON "Campaigns" ("SalespersonCode");


CREATE INDEX "IX_Campaigns_StatusCode" ON "Campaigns" ("StatusCode");


CREATE UNIQUE INDEX "IX_CampaignSalesPrices_CampaignNo_ItemNo_UnitOfMeasureCode_CurrencyCode_MinimumQuantity" ON "CampaignSalesPrices" ("CampaignNo", "ItemNo", "UnitOfMeasureCode", "CurrencyCode", "MinimumQuantity");


CREATE INDEX "IX_CampaignSalesPrices_ItemNo" ON "CampaignSalesPrices" ("ItemNo");


CREATE INDEX "IX_CampaignTargetGroups_Type_No" ON "CampaignTargetGroups" ("Type", "No");


CREATE INDEX "IX_ContactBusinessRelations_BusinessRelationCode_ContactNo" ON "ContactBusinessRelations" ("BusinessRelationCode", "ContactNo");


CREATE INDEX "IX_ContactBusinessRelations_LinkToTable_LinkNo" ON "ContactBusinessRelations" ("LinkToTable", "LinkNo");


CREATE INDEX "IX_ContactIndustryGroups_IndustryGroupCode_ContactNo" ON "ContactIndustryGroups" ("IndustryGroupCode", "ContactNo");


CREATE INDEX "IX_ContactJobResponsibilities_JobResponsibilityCode_ContactNo" ON "ContactJobResponsibilities" ("JobResponsibilityCode", "ContactNo");


CREATE INDEX "IX_ContactMailingGroups_MailingGroupCode_ContactNo" ON "ContactMailingGroups" ("MailingGroupCode", "ContactNo");


CREATE INDEX "IX_Contacts_CompanyName_CompanyNo_Type_Name" ON "Contacts" ("CompanyName", "CompanyNo", "Type", "Name");


CREATE INDEX "IX_Contacts_CompanyNo" ON "Contacts" ("CompanyNo");


CREATE INDEX "IX_Contacts_CountryRegionCode" ON "Contacts" ("CountryRegionCode");


CREATE INDEX "IX_Contacts_PostCode" ON "Contacts" ("PostCode");


CREATE INDEX "IX_Contacts_SalespersonCode" ON "Contacts" ("SalespersonCode");


CREATE INDEX "IX_Deliveries_ClaimedBy" ON "Deliveries" ("ClaimedBy");


CREATE INDEX "IX_Deliveries_InteractionEntryNo" ON "Deliveries" ("InteractionEntryNo");


CREATE UNIQUE INDEX "IX_Deliveries_LoggedSegmentEntryNo_LineNo" ON "Deliveries" ("LoggedSegmentEntryNo", "LineNo");


CREATE INDEX "IX_Deliveries_State_NextAttemptAt" ON "Deliveries" ("State", "NextAttemptAt");


CREATE INDEX "IX_InteractionLogEntries_CampaignEntryNo" ON "InteractionLogEntries" ("CampaignEntryNo");


CREATE INDEX "IX_InteractionLogEntries_CampaignStatistics" ON "InteractionLogEntries" ("CampaignNo", "Canceled", "Postponed", "Date", "CampaignTarget", "CampaignResponse", "Cost", "DurationMin", "SegmentNo", "CorrespondenceType", "DeliveryStatus");


CREATE INDEX "IX_InteractionLogEntries_ContactNo" ON "InteractionLogEntries" ("ContactNo");


CREATE INDEX "IX_InteractionLogEntries_LoggedSegmentEntryNo" ON "InteractionLogEntries" ("LoggedSegmentEntryNo");


CREATE INDEX "IX_InteractionTemplates_InteractionGroupCode" ON "InteractionTemplates" ("InteractionGroupCode");


CREATE INDEX "IX_SegmentHistory_SegmentNo_ActionNo_Inserted" ON "SegmentHistory" ("SegmentNo", "ActionNo", "Inserted");


CREATE INDEX "IX_SegmentLines_CampaignNo_CampaignTarget" ON "SegmentLines" ("CampaignNo", "CampaignTarget");


CREATE INDEX "IX_SegmentLines_ContactNo" ON "SegmentLines" ("ContactNo");


CREATE INDEX "IX_SegmentLines_SegmentNo_ContactNo" ON "SegmentLines" ("SegmentNo", "ContactNo");


CREATE INDEX "IX_Segments_CampaignNo" ON "Segments" ("CampaignNo");


CREATE INDEX "IX_Tasks_CampaignNo_Date" ON "Tasks" ("CampaignNo", "Date");


CREATE INDEX "IX_Tasks_OrganizerTaskNo" ON "Tasks" ("OrganizerTaskNo");


CREATE INDEX "IX_Tasks_SalespersonCode_Date" ON "Tasks" ("SalespersonCode", "Date");


CREATE INDEX "IX_TeamMembers_SalespersonCode" ON "TeamMembers" ("SalespersonCode");


CREATE INDEX "IX_WorkflowIncidents_InstanceId" ON "WorkflowIncidents" ("InstanceId");


CREATE INDEX "IX_WorkflowInstances_CampaignNo" ON "WorkflowInstances" ("CampaignNo");


CREATE INDEX "IX_WorkflowInstances_WorkflowId_WorkflowVersion" ON "WorkflowInstances" ("WorkflowId", "WorkflowVersion");


CREATE UNIQUE INDEX "UX_WorkflowInstances_Live" ON "WorkflowInstances" ("CampaignNo", "WorkflowId") WHERE "Status" IN ('Created', 'Running');


CREATE INDEX "IX_WorkflowTimers_InstanceId" ON "WorkflowTimers" ("InstanceId");


