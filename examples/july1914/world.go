package main

import (
	"github.com/entente-go/entente/pact"
	"github.com/entente-go/entente/relations"
)

var d = relations.MustDate

// ids shortens lists of actors in the data below.
func ids(s ...relations.ActorID) []relations.ActorID { return s }

// actors are the powers of July 1914. Austria-Hungary has no ISO code, so
// it takes a slug.
var actors = []relations.Actor{
	{ID: "austria-hungary", Kind: relations.StateActor, Name: "Austria-Hungary", COW: 300},
	{ID: "BEL", Kind: relations.StateActor, Name: "Belgium", ISO3: "BEL", COW: 211},
	{ID: "DEU", Kind: relations.StateActor, Name: "Germany", ISO3: "DEU", COW: 255},
	{ID: "FRA", Kind: relations.StateActor, Name: "France", ISO3: "FRA", COW: 220},
	{ID: "GBR", Kind: relations.StateActor, Name: "United Kingdom", ISO3: "GBR", COW: 200},
	{ID: "ITA", Kind: relations.StateActor, Name: "Italy", ISO3: "ITA", COW: 325},
	{ID: "NLD", Kind: relations.StateActor, Name: "Netherlands", ISO3: "NLD", COW: 210},
	{ID: "RUS", Kind: relations.StateActor, Name: "Russia", ISO3: "RUS", COW: 365},
	{ID: "SRB", Kind: relations.StateActor, Name: "Serbia", ISO3: "SRB", COW: 345},
}

// agreements are the alliances and guarantees in force on 1914-07-28, with
// the clauses that matter to the crisis, quoted from the treaty texts.
var agreements = []pact.Agreement{
	{
		ID: "dual-alliance", Name: "Dual Alliance (Austria-Hungary and Germany, 1879)",
		Parties: []pact.Party{{Actor: "austria-hungary", Roles: pact.Member}, {Actor: "DEU", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.Signed, Date: d("1879-10-07")},
			{Status: pact.InForce, Date: d("1879-10-07")}, {Status: pact.Terminated, Date: d("1918-11-11")}},
		Clauses: []pact.Clause{
			{ID: "art1", Obligation: pact.Defense,
				Conditions: []pact.Condition{{Kind: pact.SpecificAdversary, Adversaries: ids("RUS")}},
				Text:       "Should ... one of the two Empires be attacked by Russia, the High Contracting Parties are bound to come to the assistance one of the other with the whole war strength of their Empires."},
			{ID: "art2", Obligation: pact.Neutrality,
				Text: "Should one of the High Contracting Parties be attacked by another Power, the other ... binds itself ... to observe at least a benevolent neutral attitude towards its fellow Contracting Party."},
		},
		Sources: []string{"Treaty of Alliance between Austria-Hungary and Germany, Vienna, 7 October 1879"},
	},
	{
		ID: "triple-alliance", Name: "Triple Alliance (1882, renewed 1912)",
		Parties: []pact.Party{{Actor: "austria-hungary", Roles: pact.Member}, {Actor: "DEU", Roles: pact.Member},
			{Actor: "ITA", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.Signed, Date: d("1882-05-20")},
			{Status: pact.InForce, Date: d("1882-05-20")}, {Status: pact.Terminated, Date: d("1915-05-04")}},
		Clauses: []pact.Clause{
			{ID: "art2-italy", Obligation: pact.Defense, By: ids("austria-hungary", "DEU"), To: ids("ITA"),
				Conditions: []pact.Condition{{Kind: pact.SpecificAdversary, Adversaries: ids("FRA")}, {Kind: pact.NonProvocation}},
				Text:       "In case Italy, without direct provocation on her part, should be attacked by France ..., the two other Contracting Parties shall be bound to lend help and assistance with all their forces."},
			{ID: "art2-germany", Obligation: pact.Defense, By: ids("ITA"), To: ids("DEU"),
				Conditions: []pact.Condition{{Kind: pact.SpecificAdversary, Adversaries: ids("FRA")}, {Kind: pact.NonProvocation}},
				Text:       "This same obligation shall devolve upon Italy in case of any aggression without direct provocation by France against Germany."},
			{ID: "art3", Obligation: pact.Defense,
				Conditions: []pact.Condition{{Kind: pact.AdversaryCount, MinAdversaries: 2}, {Kind: pact.NonProvocation}},
				Text:       "If one, or two, of the High Contracting Parties, without direct provocation on their part, should chance to be attacked and to be engaged in a war with two or more Great Powers ..., the casus foederis will arise simultaneously for all."},
			{ID: "art4", Obligation: pact.Neutrality,
				Text: "In case a Great Power nonsignatory ... should threaten the security of the states of one of the High Contracting Parties ..., the two others bind themselves to observe towards their Ally a benevolent neutrality."},
		},
		Sources: []string{"Treaty of Alliance between Austria-Hungary, Germany and Italy, Vienna, 20 May 1882"},
	},
	{
		ID: "franco-russian", Name: "Franco-Russian Alliance (military convention, 1894)",
		Parties: []pact.Party{{Actor: "FRA", Roles: pact.Member}, {Actor: "RUS", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.Signed, Date: d("1892-08-17")},
			{Status: pact.InForce, Date: d("1894-01-04")}, {Status: pact.Terminated, Date: d("1917-12")}},
		Clauses: []pact.Clause{
			{ID: "art1-france", Obligation: pact.Defense, By: ids("RUS"), To: ids("FRA"),
				Conditions: []pact.Condition{{Kind: pact.SpecificAdversary, Adversaries: ids("DEU")}},
				Text:       "If France is attacked by Germany, or by Italy supported by Germany, Russia shall employ all her available forces to attack Germany."},
			{ID: "art1-russia", Obligation: pact.Defense, By: ids("FRA"), To: ids("RUS"),
				Conditions: []pact.Condition{{Kind: pact.SpecificAdversary, Adversaries: ids("DEU")}},
				Text:       "If Russia is attacked by Germany, or by Austria supported by Germany, France shall employ all her available forces to fight Germany."},
		},
		Sources: []string{"Franco-Russian Military Convention, 17 August 1892, ratified by exchange of letters, 27 December 1893 – 4 January 1894"},
	},
	{
		ID: "entente-cordiale", Name: "Entente Cordiale (1904)",
		Parties:    []pact.Party{{Actor: "FRA", Roles: pact.Member}, {Actor: "GBR", Roles: pact.Member}},
		Lifecycle:  []pact.StatusChange{{Status: pact.Signed, Date: d("1904-04-08")}, {Status: pact.InForce, Date: d("1904-04-08")}},
		Provisions: []pact.Provision{{Kind: pact.OtherProvision, Text: "Settlement of colonial questions (Egypt, Morocco, Newfoundland); diplomatic support over Morocco. No military obligation."}},
		Sources:    []string{"Declaration between the United Kingdom and France respecting Egypt and Morocco, London, 8 April 1904"},
	},
	{
		ID: "anglo-russian", Name: "Anglo-Russian Convention (1907)",
		Parties:    []pact.Party{{Actor: "GBR", Roles: pact.Member}, {Actor: "RUS", Roles: pact.Member}},
		Lifecycle:  []pact.StatusChange{{Status: pact.Signed, Date: d("1907-08-31")}, {Status: pact.InForce, Date: d("1907-08-31")}},
		Provisions: []pact.Provision{{Kind: pact.OtherProvision, Text: "Spheres of influence in Persia; Afghanistan and Tibet. No military obligation."}},
		Sources:    []string{"Convention between the United Kingdom and Russia relating to Persia, Afghanistan, and Thibet, St. Petersburg, 31 August 1907"},
	},
	{
		ID: "london-1839", Name: "Treaty of London (1839)",
		Summary: "Germany and Austria-Hungary hold the guarantees of Prussia and Austria, their predecessors.",
		Parties: []pact.Party{{Actor: "GBR", Roles: pact.Guarantor}, {Actor: "FRA", Roles: pact.Guarantor},
			{Actor: "RUS", Roles: pact.Guarantor}, {Actor: "austria-hungary", Roles: pact.Guarantor},
			{Actor: "DEU", Roles: pact.Guarantor}, {Actor: "BEL", Roles: pact.Member | pact.Beneficiary},
			{Actor: "NLD", Roles: pact.Member}},
		Lifecycle: []pact.StatusChange{{Status: pact.Signed, Date: d("1839-04-19")}, {Status: pact.InForce, Date: d("1839-04-19")}},
		Clauses: []pact.Clause{
			{ID: "art7-guarantee", Obligation: pact.Defense, By: ids("GBR", "FRA", "RUS", "austria-hungary", "DEU"), To: ids("BEL"),
				Text: "Belgium ... shall form an Independent and perpetually Neutral State ... placed under the guarantee of Their said Majesties."},
			{ID: "art7-neutrality", Obligation: pact.Neutrality, By: ids("BEL"), To: ids("GBR", "FRA", "RUS", "austria-hungary", "DEU", "NLD"),
				Text: "It shall be bound to observe such Neutrality towards all other States."},
		},
		Sources: []string{"Treaty of London, 19 April 1839, Article VII and annex"},
	},
}

// world builds the model of 1914.
func world() (*pact.Model, error) { return pact.New(actors, agreements) }

// crisis is the crisis as a sequence of facts; each step adds an attack
// and plays the war forward.
var crisis = []struct {
	Title  string
	Attack pact.Attack
}{
	{"28 July: Austria-Hungary declares war on Serbia",
		pact.Attack{Aggressors: ids("austria-hungary"), Target: "SRB", On: d("1914-07-28"), DemandRefused: relations.Yes}},
	{"30 July – 1 August: Russia mobilises against Austria-Hungary, by choice (no treaty binds it to Serbia)",
		pact.Attack{Aggressors: ids("RUS"), Target: "austria-hungary", On: d("1914-07-30"), Provoked: relations.Yes}},
	{"4 August: Germany invades Belgium",
		pact.Attack{Aggressors: ids("DEU"), Target: "BEL", On: d("1914-08-04"), Provoked: relations.No, Location: "BEL"}},
}
