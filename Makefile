# Built by `sam build` (Metadata: BuildMethod: makefile, WorkingDirectory: .): every function's
# target runs here, at the project root, so the modules keep their parent POM (see
# aws-sam-cli#2289). One Maven run packages all modules; each target then lays out its
# function's zip: what its handler reaches of the module's jar and runtime jars, under lib/.
JAVA_HOME := $(shell ./scripts/jdk25)
ifeq ($(JAVA_HOME),)
$(error no JDK 25 found: install one and set JAVA_HOME (see README))
endif
export JAVA_HOME
MVN ?= mvn
comma := ,
empty :=
space := $(empty) $(empty)
FUNCTION_MODULES := $(filter-out functions/common,$(patsubst %/pom.xml,%,$(wildcard functions/*/pom.xml)))

.PHONY: package
package: functions/.packaged

functions/.packaged: pom.xml $(shell find functions -name pom.xml -o -path '*/src/main/*' -type f)
	$(MVN) -q -B -f pom.xml -pl $(subst $(space),$(comma),$(FUNCTION_MODULES)) -am package -DskipTests
	touch $@

# Each function's lib/ holds what its own handler reaches, shrunk from its module's jars
# (scripts/shrink reads the handler from template.yaml; one ProGuard run per function).
build-%: package
	rm -rf "$(ARTIFACTS_DIR)/lib"
	./scripts/shrink $* "$(ARTIFACTS_DIR)/lib"
