package pact

import (
	"slices"

	"github.com/entente-go/entente/internal/slab"
	"github.com/entente-go/entente/relations"
)

// Agreement is a written (or, for expectations, unwritten) arrangement
// between actors: who the parties are and in what roles, how the agreement
// moved through its life, what each party owes to whom, and how amendments
// changed that.
type Agreement struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	// Form says what kind of commitment the agreement is: an [Accord] (the
	// zero Form), a [UnilateralGuarantee] or an [Assurance].
	Form Form `json:"form,omitempty"`
	// Parties lists every party with its roles and its own dates.
	Parties []Party `json:"parties"`
	// Lifecycle lists the stages the agreement went through, in date order:
	// proposed → signed → in force → suspended / terminated. An agreement
	// binds only while in force.
	Lifecycle []StatusChange `json:"lifecycle"`
	// TextNotPublic, when set, says the agreement's text is not public and
	// cites who says so: the agreement is known to be in force on its
	// dates, but whether it holds any binding obligation its Clauses do not
	// state cannot be told, and every query answers each such obligation
	// between its members as cannot tell ([relations.UndisclosedText]),
	// never as no.
	TextNotPublic string `json:"text_not_public,omitempty"`
	// Clauses and Provisions are what the agreement says when it enters
	// into force. Amendments replace them from their dates on.
	Clauses    []Clause    `json:"clauses,omitempty"`
	Provisions []Provision `json:"provisions,omitempty"`
	Amendments []Amendment `json:"amendments,omitempty"`
	// Breaches lists, for an [Assurance], the occasions on which it was
	// broken, in date order.
	Breaches []AssuranceBreach `json:"breaches,omitempty"`
	// Sources cite where the facts come from: citations or URLs.
	Sources []string `json:"sources,omitempty"`
	Summary string   `json:"summary,omitempty"`
}

// Party is one party to an agreement. An actor that left and rejoined is
// listed once per spell, each with its own Joined and Withdrew, and the
// spells may not overlap. Roles are the spell's own: a clause that names no
// obligors (or no one owed) binds every member, each in its spells as a
// member only.
type Party struct {
	Actor relations.ActorID `json:"actor"`
	Roles Roles             `json:"roles"`
	// Signed and Ratified record the party's own dates. Joined, when set, is
	// the day its obligations began (an accession, or ATOP's entry date);
	// otherwise they begin when the agreement enters into force. Withdrew,
	// when set, is the first day they no longer bind.
	Signed   relations.Date `json:"signed,omitzero"`
	Ratified relations.Date `json:"ratified,omitzero"`
	Joined   relations.Date `json:"joined,omitzero"`
	Withdrew relations.Date `json:"withdrew,omitzero"`
}

// StatusChange is one stage of an agreement's life: from Date on, the
// agreement has Status.
type StatusChange struct {
	Status Status         `json:"status"`
	Date   relations.Date `json:"date"`
	// By names who made the change; a [Revoked] stage requires it, and it
	// must be the giver of the guarantee or assurance.
	By relations.ActorID `json:"by,omitempty"`
}

// Amendment is a phase of an agreement, as ATOP codes phases: from Date on,
// its Clauses and Provisions replace the ones before.
type Amendment struct {
	Date       relations.Date `json:"date"`
	Clauses    []Clause       `json:"clauses,omitempty"`
	Provisions []Provision    `json:"provisions,omitempty"`
	Summary    string         `json:"summary,omitempty"`
}

// Clause is a typed, directed obligation: By owe Obligation to To. An empty
// By means every member; an empty To means every member other than the one
// bound. A clause with both empty is mutual among the members ("aggression
// against either is aggression against both").
type Clause struct {
	ID         string              `json:"id,omitempty"`
	Obligation Obligation          `json:"obligation"`
	By         []relations.ActorID `json:"by,omitempty"`
	To         []relations.ActorID `json:"to,omitempty"`
	Conditions []Condition         `json:"conditions,omitempty"`
	// VariesByPartner says the source records that the obligation differs
	// from partner to partner without saying toward whom (ATOP's OBVARY):
	// it may bind toward any one of To, and every answer about one of them
	// is cannot tell ([relations.VariesByPartner]).
	VariesByPartner bool `json:"varies_by_partner,omitempty"`
	// PairOwed, on a clause that VariesByPartner, says the source does
	// record the obligation as owed by each of By to each of To in every
	// year the clause may bind, though not which of the agreements the two
	// share creates it (ATOP's directed dyad-year file codes the pair, not
	// the alliance). The clause stays cannot tell, but a partner query
	// counts the pair as certain on a day when every agreement that may
	// carry the obligation between them that year binds them with it.
	PairOwed bool `json:"pair_owed,omitempty"`
	// Unsettled says, on a clause that VariesByPartner, why the source
	// cannot tell whether it binds toward each of To, as in "another
	// alliance the two share carries the same obligation"; the doubt of
	// every answer about the clause quotes it.
	Unsettled string `json:"unsettled,omitempty"`
	// Text quotes or paraphrases the clause.
	Text string `json:"text,omitempty"`
}

// Condition restricts when an obligation applies. Which fields matter
// depends on Kind; a condition whose facts the question does not supply is
// checked as [relations.CannotTell].
type Condition struct {
	Kind ConditionKind `json:"kind"`
	// Adversaries lists the adversaries a SpecificAdversary condition names;
	// when empty the condition cannot be checked, and Text should say why
	// (ATOP names the threat only when its SPECTHRT is 1).
	Adversaries []relations.ActorID `json:"adversaries,omitempty"`
	// Locations lists the places a Location condition names: a region's
	// name, or an actor ID for that actor's territory. When empty (as ATOP
	// codes it: DEFCOLOC says there is a location, not which) the condition
	// cannot be checked, whatever location an attack gives, and Text
	// should say why.
	Locations []string `json:"locations,omitempty"`
	// War names the war a SpecificWar condition names.
	War string `json:"war,omitempty"`
	// MinAdversaries is the least number of adversaries for AdversaryCount;
	// 0 when the source does not record it (as in ATOP), which leaves the
	// condition unchecked.
	MinAdversaries int    `json:"min_adversaries,omitempty"`
	Text           string `json:"text,omitempty"`
}

// Provision is a commitment other than the five obligations: basing,
// military aid, integrated command, force contributions, exercises,
// restored relations, a consultation mechanism.
type Provision struct {
	Kind ProvisionKind       `json:"kind"`
	By   []relations.ActorID `json:"by,omitempty"`
	To   []relations.ActorID `json:"to,omitempty"`
	// Troops is the size of a ForceContribution.
	Troops int `json:"troops,omitempty"`
	// Commander is the party that provides the commander of a
	// ForceContribution or IntegratedCommand.
	Commander relations.ActorID `json:"commander,omitempty"`
	// Cadence and Level describe a ConsultationMechanism ("periodic",
	// "sub-ministerial").
	Cadence string `json:"cadence,omitempty"`
	Level   string `json:"level,omitempty"`
	Text    string `json:"text,omitempty"`
}

// Party returns the party with the given actor and whether it is one.
func (a *Agreement) Party(id relations.ActorID) (Party, bool) {
	for _, p := range a.Parties {
		if p.Actor == id {
			return p, true
		}
	}
	return Party{}, false
}

// Leaders returns the parties with the ProposedLeader role, in party order.
func (a *Agreement) Leaders() []relations.ActorID {
	var out []relations.ActorID
	for _, p := range a.Parties {
		if p.Roles.Has(ProposedLeader) {
			out = append(out, p.Actor)
		}
	}
	return out
}

// phase is one span of an agreement's text: the original or an amendment.
type phase struct {
	clauses    []Clause
	provisions []Provision
	from       relations.Date // zero for the original text
	// stated is how many of clauses the text states; those after it stand
	// for the obligations an undisclosed text may hold (see untold).
	stated int
}

// phases lists the original text and each amendment in order.
func (a *Agreement) phases(sl *slab.Of[phase]) []phase {
	out := sl.Make(1 + len(a.Amendments))
	out[0] = phase{clauses: a.Clauses, provisions: a.Provisions}
	for i, am := range a.Amendments {
		out[i+1] = phase{clauses: am.Clauses, provisions: am.Provisions, from: am.Date}
	}
	for i := range out {
		out[i].stated = len(out[i].clauses)
		if a.TextNotPublic != "" {
			out[i].clauses = untoldClauses(out[i].clauses)
		}
	}
	return out
}

// untoldClauses returns the clauses of a phase of an agreement whose text is not
// public: those it states, then, for each binding obligation none of them
// states, a clause binding every member to every other that queries
// answer as cannot tell (see Model.tieTruth): the text may hold it, and
// nothing says it does not.
func untoldClauses(stated []Clause) []Clause {
	out := slices.Clip(stated)
	for o := Defense; o <= Consultation; o++ {
		if !slices.ContainsFunc(stated, func(c Clause) bool { return c.Obligation == o }) {
			out = append(out, Clause{Obligation: o, VariesByPartner: true,
				Unsettled: "its text is not public", Text: "not public"})
		}
	}
	return out
}

// untold reports whether tie t comes from a clause that stands for an
// obligation an undisclosed text may hold.
func (m *Model) untold(t *tie) bool {
	return t.obligation != UnknownObligation && int(t.item) >= m.phases[t.agreement][t.phase].stated
}
