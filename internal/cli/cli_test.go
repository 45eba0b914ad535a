package cli

import (
	"errors"
	"strings"
	"testing"

	"github.com/entente-go/entente/internal/errs"
)

func TestCheckArgs(t *testing.T) {
	if err := CheckArgs([]string{"-out", strings.Repeat("p", MaxArgLen)}); err != nil {
		t.Errorf("an argument at the limit: %v", err)
	}
	err := CheckArgs([]string{"-on", strings.Repeat("9", 128<<10)})
	if !errors.Is(err, errs.ErrLimit) || len(err.Error()) > 200 || !strings.Contains(err.Error(), "argument 2") {
		t.Errorf("got %v", err)
	}
}
