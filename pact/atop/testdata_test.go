package atop

import (
	"strings"
	"testing/fstest"
)

// tiny is a small dataset in ATOP's format, with only the required columns
// and one extra the reader must tolerate: a mutual defense pact between
// the United Kingdom (200) and France (220) from 1904-04-08, which Russia
// (365) joins on an unknown day of 1907-08, and a neutrality pact between
// Germany (255) and Russia that ended in 1890.
func tiny() fstest.MapFS {
	alliances := `atopid,begyr,begmo,begday,endyr,endmo,endday,bilat,maxphase,defense,offense,neutral,nonagg,consul,asymm,mem1,mem2,mem3,extra
1,1904,4,8,0,0,0,0,0,1,0,0,0,0,0,200,220,365,x
2,1887,6,18,1890,6,18,1,0,0,0,1,0,0,0,255,365,,x
`
	phases := `atopid,phase,begyr,begmo,begday,endyr,endmo,endday
1,0,1904,4,8,0,0,0
2,0,1887,6,18,1890,6,18
`
	members := `atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,asymm,obvary
1,200,1904,4,8,0,0,0,0,1,0,0,0,0,0,0
1,220,1904,4,8,0,0,0,0,1,0,0,0,0,0,0
1,365,1907,8,,0,0,0,0,1,0,0,0,0,0,0
2,255,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0
2,365,1887,6,18,1890,6,18,0,0,0,1,0,0,0,0
`
	crlf := func(s string) []byte { return []byte(strings.ReplaceAll(s, "\n", "\r\n")) }
	return fstest.MapFS{
		AlliancesFile: {Data: crlf(alliances)},
		PhasesFile:    {Data: crlf(phases)},
		MembersFile:   {Data: crlf(members)},
	}
}

// november1855 is the codebook's example of obligations that vary by
// partner (sections 2.6–2.7), in ATOP's format: in the November Treaty
// Britain (200) and France (220) pledge to defend Sweden (380), and all
// three consult, so Britain and France are coded OBVARY. Its directed
// file (directed) codes the pledges toward Sweden and not between Britain
// and France.
func november1855() fstest.MapFS {
	alliances := `atopid,begyr,begmo,begday,endyr,endmo,endday,bilat,maxphase,defense,offense,neutral,nonagg,consul,asymm,mem1,mem2,mem3
1,1855,11,21,1857,12,31,0,0,1,0,0,0,1,1,200,220,380
`
	phases := `atopid,phase,begyr,begmo,begday,endyr,endmo,endday
1,0,1855,11,21,1857,12,31
`
	members := `atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,asymm,obvary
1,200,1855,11,21,1857,12,31,0,1,0,0,0,1,1,1
1,220,1855,11,21,1857,12,31,0,1,0,0,0,1,1,1
1,380,1855,11,21,1857,12,31,0,0,0,0,0,1,1,0
`
	fsys := fstest.MapFS{
		AlliancesFile:   {Data: []byte(alliances)},
		PhasesFile:      {Data: []byte(phases)},
		MembersFile:     {Data: []byte(members)},
		DirectedMinFile: {Data: []byte(directed1855)},
	}
	return fsys
}

// directed1855 is the November Treaty's directed dyad-year file.
const directed1855 = `ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul
200,220,1855,0,0,0,0,1
200,220,1856,0,0,0,0,1
200,220,1857,0,0,0,0,1
200,380,1855,1,0,0,0,1
200,380,1856,1,0,0,0,1
200,380,1857,1,0,0,0,1
220,200,1855,0,0,0,0,1
220,200,1856,0,0,0,0,1
220,200,1857,0,0,0,0,1
220,380,1855,1,0,0,0,1
220,380,1856,1,0,0,0,1
220,380,1857,1,0,0,0,1
380,200,1855,0,0,0,0,1
380,200,1856,0,0,0,0,1
380,200,1857,0,0,0,0,1
380,220,1855,0,0,0,0,1
380,220,1856,0,0,0,0,1
380,220,1857,0,0,0,0,1
`
