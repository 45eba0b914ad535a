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
