-- CreateTable
CREATE TABLE "DeletedConnection" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "app" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "accountKey" TEXT NOT NULL,
    "turnedOffZapIds" UUID[],
    "deletedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeletedConnection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeletedConnection_userId_app_accountKey_idx" ON "DeletedConnection"("userId", "app", "accountKey");

-- AddForeignKey
ALTER TABLE "DeletedConnection" ADD CONSTRAINT "DeletedConnection_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
