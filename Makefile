# Built by `sam build` (Metadata: BuildMethod: makefile, WorkingDirectory: .): every function's
# target runs here, at the project root, so the modules keep their parent POM (see
# aws-sam-cli#2289). One Maven run packages all modules; each target then lays out its
# function's zip: the handler module's jar and its runtime jars under lib/.
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

define lay_out
	rm -rf "$(ARTIFACTS_DIR)/lib" && mkdir -p "$(ARTIFACTS_DIR)/lib"
	cp functions/$(1)/target/$(1)-*.jar functions/$(1)/target/lib/*.jar "$(ARTIFACTS_DIR)/lib/"
endef

build-HealthFunction: package
	$(call lay_out,health)

build-CreateUploadFunction build-GetUploadFunction build-PreviewDraftFunction build-PublishDraftFunction build-DiscardDraftFunction: package
	$(call lay_out,uploads)

build-SiteAssetsFunction build-PublishFunction build-ScheduleFunction build-ListArticlesFunction build-GetArticleFunction build-DeleteArticleFunction build-ListRevisionsFunction build-RestoreRevisionFunction: package
	$(call lay_out,articles)

build-CreateDirectiveFunction build-ImportDirectivesFunction build-ListDirectivesFunction build-GetDirectiveFunction build-DeleteDirectiveFunction build-PreviewDirectiveFunction: package
	$(call lay_out,directives)

build-CreateCaptchaFunction build-RateArticleFunction build-GetRatingsFunction: package
	$(call lay_out,ratings)

build-SearchFunction: package
	$(call lay_out,search)

build-ListAuditFunction: package
	$(call lay_out,audit)
