using CampaignFlow.Domain.Contacts;

namespace CampaignFlow.Domain.Tests;

public class ContactTests
{
    [Fact]
    public void A_company_is_its_own_company()
    {
        var company = Contact.NewCompany("CT01", "CRONUS");
        Assert.Equal("CT01", company.CompanyNo);
        company.Validate();
    }

    [Fact]
    public void A_person_takes_its_company_no_and_name()
    {
        var company = Contact.NewCompany("CT01", "CRONUS");
        var person = Contact.NewPerson("CT02", "Ann", company);
        Assert.Equal("CT01", person.CompanyNo);
        Assert.Equal("CRONUS", person.CompanyName);
    }

    [Fact]
    public void A_persons_company_must_be_a_company()
    {
        var other = Contact.NewPerson("CT03", "Bob");
        var error = Assert.Throws<DomainException>(() => Contact.NewPerson("CT02", "Ann", other));
        Assert.Equal("CompanyNo", error.Field);
        Assert.Contains("'CT03' is a person, not a company", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_person_can_be_assigned_to_a_company()
    {
        var company = Contact.NewCompany("CT01", "CRONUS");
        var error = Assert.Throws<DomainException>(() => Contact.NewCompany("CT05", "Other").AssignCompany(company));
        Assert.Equal("CompanyNo", error.Field);
    }

    [Fact]
    public void A_minor_without_parental_consent_is_privacy_blocked()
    {
        var person = Contact.NewPerson("CT02", "Ann");
        person.SetPrivacy(blocked: false, minor: true, parentalConsentReceived: false);
        Assert.True(person.PrivacyBlocked);
        person.SetPrivacy(blocked: false, minor: true, parentalConsentReceived: true);
        Assert.False(person.PrivacyBlocked);
        person.SetPrivacy(blocked: true);
        Assert.True(person.PrivacyBlocked);
    }

    [Theory]
    [InlineData("", "Ann", "No")]
    [InlineData("CT0000000000000000001", "Ann", "No")]
    [InlineData("CT02", "", "Name")]
    [InlineData("CT02", "   ", "Name")]
    public void Required_fields_are_named_when_missing(string no, string name, string field)
    {
        var error = Assert.Throws<DomainException>(() => new Contact { No = no, Name = name, Type = ContactType.Person }.Validate());
        Assert.Equal(field, error.Field);
        Assert.Equal("Contact", error.Record);
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("@example.com")]
    [InlineData("ann@")]
    public void A_bad_email_is_refused(string email)
    {
        var error = Assert.Throws<DomainException>(() => new Contact { No = "CT02", Name = "Ann", Email = email }.Validate());
        Assert.Equal("Email", error.Field);
    }

    [Fact]
    public void Business_relations_belong_to_the_company_not_the_person()
    {
        var person = Contact.NewPerson("CT02", "Ann");
        person.BusinessRelations.Add(new ContactBusinessRelation { ContactNo = "CT02", BusinessRelationCode = "PROS" });
        var error = Assert.Throws<DomainException>(person.Validate);
        Assert.Equal("BusinessRelations", error.Field);
    }

    [Fact]
    public void A_company_no_other_than_its_own_is_refused()
    {
        var company = Contact.NewCompany("CT01", "CRONUS");
        company.CompanyNo = "CT09";
        Assert.Equal("CompanyNo", Assert.Throws<DomainException>(company.Validate).Field);
    }
}
