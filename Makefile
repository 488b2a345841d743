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

# Each function's lib/ holds what its own handler reaches, shrunk from its module's jars by
# scripts/shrink (handler read from template.yaml). All functions are shrunk once, in one JVM,
# when sam build runs its first target; each target then copies its own.
FUNCTIONS := $(shell awk '/^  [A-Za-z0-9]+:$$/ { id = $$1 } /^    Type: AWS::Serverless::Function$$/ { sub(":", "", id); print id }' template.yaml)

target/shrunk/.done: functions/.packaged template.yaml scripts/shrink $(wildcard scripts/shrinker/*)
	rm -rf target/shrunk && mkdir -p target/shrunk
	./scripts/shrink target/shrunk $(FUNCTIONS)
	touch $@

build-HealthFunction \
build-CreateUploadFunction build-GetUploadFunction build-PreviewDraftFunction build-PublishDraftFunction build-DiscardDraftFunction \
build-SiteAssetsFunction build-PublishFunction build-ScheduleFunction build-ListArticlesFunction build-GetArticleFunction \
build-DeleteArticleFunction build-ListRevisionsFunction build-RestoreRevisionFunction \
build-CreateDirectiveFunction build-ImportDirectivesFunction build-ListDirectivesFunction build-GetDirectiveFunction \
build-DeleteDirectiveFunction build-PreviewDirectiveFunction \
build-CreateCaptchaFunction build-RateArticleFunction build-GetRatingsFunction \
build-SearchFunction build-ListAuditFunction build-InvalidateEdgeFunction: target/shrunk/.done
	rm -rf "$(ARTIFACTS_DIR)/lib" && mkdir -p "$(ARTIFACTS_DIR)"
	cp -r target/shrunk/$(@:build-%=%) "$(ARTIFACTS_DIR)/lib"
